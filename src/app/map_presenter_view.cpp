// The app's side of the presenter view: opening it on the right display, passing it its
// events, and drawing it from the one story state the audience screen shows.
#include <algorithm>
#include <iostream>

#include "app/map_app.h"
// Last: the X11 headers it brings define macros (None, Bool) that other headers do not expect.
#include <SDL_syswm.h>

namespace itinera {
namespace {

// The display the audience window is not on, when there are two or more; else its own.
int otherDisplay(SDL_Window* audience) {
  int count = SDL_GetNumVideoDisplays(), own = std::max(0, SDL_GetWindowDisplayIndex(audience));
  return count > 1 ? (own + 1) % count : own;
}

// The window system's id of `window` (the X11 window), 0 where there is none to give.
unsigned long systemWindowId(SDL_Window* window) {
  SDL_SysWMinfo info;
  SDL_VERSION(&info.version);
  if (!SDL_GetWindowWMInfo(window, &info)) return 0;
#if defined(SDL_VIDEO_DRIVER_X11)
  if (info.subsystem == SDL_SYSWM_X11) return static_cast<unsigned long>(info.info.x11.window);
#endif
  return 0;
}

}  // namespace

Result<bool> MapApp::checkPresenterDisplay(int display) const {
  int count = SDL_GetNumVideoDisplays();
  if (display < 0 || display >= count)
    return Error{"--presenter-display: no display " + std::to_string(display) + "; this machine has " +
                 std::to_string(count) + " (0 to " + std::to_string(count - 1) + ")"};
  return true;
}

void MapApp::openPresenterView(std::optional<int> display) {
  if (!briefing_ || presenterView_) return;
  int on = display.value_or(otherDisplay(window_.window()));
  bool ownDisplay = on != SDL_GetWindowDisplayIndex(window_.window());
  auto opened = PresenterWindow::open(on, ownDisplay, textsOfTripFile(options_.tripPath));
  if (!opened) {
    std::cerr << "itinera: the presenter view did not open: " << opened.error() << "\n";
    return;
  }
  presenterView_ = std::move(opened.value());
  presenterView_->setPointerShown(!pointerHidden_);
  presenterViewDrawn_.clear();
  window_.makeCurrent();
  setPresenter(true);
}

void MapApp::closePresenterView() {
  presenterView_.reset();
  window_.makeCurrent();
}

void MapApp::togglePresenterView() {
  if (presenterView_) closePresenterView();
  else openPresenterView(std::nullopt);
}

bool MapApp::handlePresenterViewEvent(const SDL_Event& e) {
  if (presenterView_->process(e)) {  // its close button: the audience screen stays as it is
    closePresenterView();
    return true;
  }
  if (handlePresenterToggleRelease(e)) return true;
  if (e.type != SDL_KEYDOWN) return e.type == SDL_WINDOWEVENT;
  const SDL_Keysym& key = e.key.keysym;
  if (key.sym == SDLK_p) presenterKeyDown_ = true;  // the view closes on the release
  else if (key.sym == SDLK_ESCAPE) closePresenterView();
  else if (key.sym == SDLK_q && (key.mod & KMOD_CTRL)) quit_ = true;
  else if (!viewState_.presenter) setPresenter(true);
  else handlePresenterKey(key);
  return true;
}

void MapApp::drawPresenterView() {
  if (!presenterView_ || !screen_) return;
  PresenterViewFrame frame;
  frame.sequence = &screen_->sequence();
  frame.card = viewState_.card;
  frame.blank = viewState_.blank;
  frame.wallClock = wallClockText();
  presenterView_->draw(frame);
  presenterViewDrawn_ = frame.wallClock + " " + presenterView_->elapsed();
  window_.makeCurrent();
}

bool MapApp::presenterViewStale() const {
  return presenterView_ && presenterViewDrawn_ != wallClockText() + " " + presenterView_->elapsed();
}

void MapApp::describePresenterView(AppState& s) const {
  s.presenterView = presenterView_ != nullptr;
  if (!presenterView_) return;
  s.presenterViewTitle = PresenterWindow::kTitle;
  SDL_Window* w = SDL_GetWindowFromID(presenterView_->id());
  s.presenterViewWindow = w ? systemWindowId(w) : 0;
}

}  // namespace itinera
