// An SDL window with an OpenGL 3.3 core context: visible for the app, hidden for headless verbs.
#pragma once

#include <SDL.h>

#include <string>

#include "core/io/result.h"

namespace itinera {

struct WindowOptions {
  std::string title = "Itinera";
  int width = 1600;
  int height = 900;
  bool visible = true;
  bool vsync = false;
};

class GlWindow {
 public:
  // Starts SDL's video subsystem; open() does it too. Call it before starting threads that use
  // PROJ or GDAL: SDL may fork a helper (D-Bus), and a fork while such a thread holds a lock
  // leaves the child deadlocked.
  static Result<bool> initVideo(bool visible);
  // Picks SDL's offscreen (EGL) driver when a hidden window is wanted and there is no display.
  static Result<GlWindow> open(const WindowOptions& options);

  GlWindow(GlWindow&& o) noexcept;
  GlWindow& operator=(GlWindow&&) = delete;
  ~GlWindow();

  SDL_Window* window() const { return window_; }
  SDL_GLContext context() const { return context_; }
  // Framebuffer size in pixels over window size in points (2 on a HiDPI display).
  float pixelRatio() const;
  // The display's DPI over 96, for sizing the UI.
  float displayScale() const;
  void swap() const { SDL_GL_SwapWindow(window_); }

 private:
  GlWindow() = default;
  SDL_Window* window_ = nullptr;
  SDL_GLContext context_ = nullptr;
};

}  // namespace itinera
