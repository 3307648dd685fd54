// An SDL window with an OpenGL 3.3 core context: visible for the app, hidden for headless verbs.
#pragma once

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>

#include "core/io/result.h"
#include "render/sdl_video.h"

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
  // Starts SDL's video subsystem (see SdlVideo); open() does it too. Call it before starting
  // threads that use PROJ or GDAL, and keep what it returns until the windows are open: SDL
  // may fork a helper (D-Bus), and a fork while such a thread holds a lock leaves the child
  // deadlocked.
  static Result<std::shared_ptr<SdlVideo>> initVideo(bool visible);
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
  // Full screen on the window's display, or back to the window it was. Without a window manager
  // SDL's request would go unanswered while SDL sized the frame for full screen, so the window
  // is moved and sized to cover the display itself.
  void setFullScreen(bool on);
  // Makes this window's GL context the thread's current one: needed before drawing when
  // several windows are open, and before deleting GL objects made in this context.
  void makeCurrent() const;

 private:
  GlWindow() = default;
  std::shared_ptr<SdlVideo> video_;  // released after the window: SDL quits with the last one
  SDL_Window* window_ = nullptr;
  SDL_GLContext context_ = nullptr;
  std::optional<SDL_Rect> windowed_;  // where it was, while it covers the display without a window manager
};

}  // namespace itinera
