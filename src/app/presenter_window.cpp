// Opening, feeding and drawing the presenter view's window.
#include "app/presenter_window.h"

#include <backends/imgui_impl_sdl.h>

#include <algorithm>

namespace itinera {

Result<std::unique_ptr<PresenterWindow>> PresenterWindow::open(int display, bool ownDisplay,
                                                               const std::vector<std::string>& textsShown) {
  SDL_Rect bounds{0, 0, 1280, 720};
  SDL_GetDisplayUsableBounds(display, &bounds);
  // Sharing the audience's display, it takes a window's room, not the whole screen.
  int width = ownDisplay ? bounds.w : std::min(1280, bounds.w), height = ownDisplay ? bounds.h : std::min(720, bounds.h);
  auto window = GlWindow::open({kTitle, width, height, true, false});
  if (!window) return Error{window.error()};
  SDL_Window* w = window->window();
  SDL_SetWindowPosition(w, SDL_WINDOWPOS_CENTERED_DISPLAY(display), SDL_WINDOWPOS_CENTERED_DISPLAY(display));
  if (ownDisplay) window->setFullScreen(true);
  int pixelsHigh = 0;
  SDL_GL_GetDrawableSize(w, nullptr, &pixelsHigh);
  float scale = std::max(presenterViewScale(pixelsHigh), window->displayScale() * window->pixelRatio());
  auto ui = std::make_unique<UiContext>(window.value(), scale, true, textsShown);
  return std::unique_ptr<PresenterWindow>(new PresenterWindow(std::move(window.value()), std::move(ui)));
}

PresenterWindow::PresenterWindow(GlWindow window, std::unique_ptr<UiContext> ui)
    : window_(std::move(window)), ui_(std::move(ui)) {}

PresenterWindow::~PresenterWindow() {
  window_.makeCurrent();
  ui_.reset();  // its GL objects go in its own context
}

bool PresenterWindow::process(const SDL_Event& e) {
  ui_->makeCurrent();
  ImGui_ImplSDL2_ProcessEvent(&e);
  return e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE;
}

void PresenterWindow::draw(PresenterViewFrame frame) {
  window_.makeCurrent();
  Viewport size;
  SDL_GL_GetDrawableSize(window_.window(), &size.width, &size.height);
  frame.elapsed = elapsed();
  ui_->beginFrame();
  drawPresenterView(frame, ui_->fonts(), size);
  ui_->render();
  window_.swap();
}

std::string PresenterWindow::elapsed() const {
  return elapsedText(std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count());
}

}  // namespace itinera
