// SDL video and GL context set-up, with messages that say what to install when it fails.
#include "render/gl_window.h"

#include <epoxy/gl.h>

#include <cstdio>
#include <utility>

#include "render/window_manager.h"

namespace itinera {
namespace {

const char* kNoGl =
    "OpenGL 3.3 core is not available (%s). Itinera needs it; on a machine without a GPU "
    "Mesa's software renderer provides it: apt-get install libgl1-mesa-dri libegl1";

std::string format(const char* pattern, const std::string& detail) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, pattern, detail.c_str());
  return buffer;
}

}  // namespace

Result<std::shared_ptr<SdlVideo>> GlWindow::initVideo(bool visible) { return SdlVideo::acquire(visible); }

Result<GlWindow> GlWindow::open(const WindowOptions& o) {
  auto video = initVideo(o.visible);
  if (!video) return Error{video.error()};
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // The map is flat and drawn in order: no depth or stencil buffer to allocate or clear.
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
  flags |= o.visible ? SDL_WINDOW_SHOWN : SDL_WINDOW_HIDDEN;
  GlWindow w;
  w.video_ = std::move(video.value());
  w.window_ = SDL_CreateWindow(o.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o.width, o.height, flags);
  if (!w.window_) return Error{format(kNoGl, std::string("cannot create a window: ") + SDL_GetError())};
  w.context_ = SDL_GL_CreateContext(w.window_);
  if (!w.context_) return Error{format(kNoGl, SDL_GetError())};
  if (epoxy_gl_version() < 33) return Error{format(kNoGl, "the driver offers only " + std::to_string(epoxy_gl_version()))};
  SDL_GL_SetSwapInterval(o.vsync ? 1 : 0);
  return w;
}

GlWindow::GlWindow(GlWindow&& o) noexcept
    : video_(std::move(o.video_)),
      window_(std::exchange(o.window_, nullptr)),
      context_(std::exchange(o.context_, nullptr)),
      windowed_(o.windowed_) {}

GlWindow::~GlWindow() {
  if (context_) SDL_GL_DeleteContext(context_);
  if (window_) SDL_DestroyWindow(window_);
}

void GlWindow::setFullScreen(bool on) {
  if (!windowed_ && windowManagerRuns(window_)) {
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    return;
  }
  if (on && !windowed_) {
    SDL_Rect was, display;
    SDL_GetWindowPosition(window_, &was.x, &was.y);
    SDL_GetWindowSize(window_, &was.w, &was.h);
    if (SDL_GetDisplayBounds(SDL_GetWindowDisplayIndex(window_), &display) != 0) return;
    windowed_ = was;
    SDL_SetWindowPosition(window_, display.x, display.y);
    SDL_SetWindowSize(window_, display.w, display.h);
    SDL_RaiseWindow(window_);
  } else if (!on && windowed_) {
    SDL_SetWindowSize(window_, windowed_->w, windowed_->h);
    SDL_SetWindowPosition(window_, windowed_->x, windowed_->y);
    windowed_.reset();
  }
}

void GlWindow::makeCurrent() const { SDL_GL_MakeCurrent(window_, context_); }

float GlWindow::pixelRatio() const {
  int w = 0, h = 0, pw = 0, ph = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GL_GetDrawableSize(window_, &pw, &ph);
  return w > 0 ? float(pw) / float(w) : 1.f;
}

float GlWindow::displayScale() const {
  float ddpi = 0;
  int display = SDL_GetWindowDisplayIndex(window_);
  if (display < 0 || SDL_GetDisplayDPI(display, &ddpi, nullptr, nullptr) != 0 || ddpi <= 0) return 1.f;
  float scale = ddpi / 96.f;
  return scale < 1.f ? 1.f : (scale > 3.f ? 3.f : scale);
}

}  // namespace itinera
