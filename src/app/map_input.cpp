// Input: events go to ImGui first and reach the map only when ImGui does not want them,
// as in Dear ImGui's SDL example.
#include <backends/imgui_impl_sdl.h>

#include <cmath>
#include <utility>

#include "app/map_app.h"
#include "render/window_events.h"
#include "core/story/story_clock.h"
#include "ui/timeline_bar.h"

namespace itinera {

void MapApp::takeControl() {
  if (story_) story_->stop();
  viewState_.follow = false;
}

// Keyboard focus is the app's own rather than ImGui 1.86's navigation, which would capture
// every key whenever a panel had been clicked (the map's arrows, Page Up/Down, B, P, F5...)
// and whose Tab reaches text fields only. Here a focused panel takes Up, Down and Enter; the
// map keeps every other key.
bool MapApp::handleFocusKey(const SDL_Keysym& key) {
  SidePanels& panels = screen_->panels();
  bool folded = !panelsOpened() && screen_->folds(drawableSize());
  bool inPanel = panels.focus() == SidePanels::Focus::Agenda || panels.focus() == SidePanels::Focus::Details;
  switch (key.sym) {
    case SDLK_TAB:
      if (viewState_.presenter) return false;
      panels.focusNext(*briefing_, viewState_, folded, key.mod & KMOD_SHIFT);
      return true;
    case SDLK_UP: case SDLK_DOWN:
      if (!inPanel) return false;
      panels.moveFocus(*briefing_, viewState_, key.sym == SDLK_UP ? -1 : 1);
      return true;
    case SDLK_RETURN: case SDLK_KP_ENTER:
      if (panels.focus() == SidePanels::Focus::None) return false;
      if (panels.activateFocus(*briefing_, viewState_)) followStory(false);
      return true;
    case SDLK_ESCAPE:
      // The innermost first: a popup, the place's panel, the column opened from its tab, the focus.
      if (screen_->clusterOpen()) return screen_->closeCluster(), true;
      if (viewState_.presenter) return false;
      if (!viewState_.selectedPlace.empty()) return viewState_.selectedPlace.clear(), true;
      if (panels.opened() && screen_->folds(drawableSize())) return panels.fold(viewState_), true;
      if (panels.focus() != SidePanels::Focus::None) return panels.clearFocus(), true;
      return false;
    default: return false;
  }
}

bool MapApp::handleKey(const SDL_Keysym& key) {
  if (briefing_ && screen_ && !keysShown_ && !exportDialog_->isOpen() && handleFocusKey(key)) return true;
  double step = 80 * ui_->scale();
  ScreenPoint centre{camera_.viewport.width / 2.0, camera_.viewport.height / 2.0};
  bool moved = false;
  if (handleEditKey(key)) return true;
  switch (key.sym) {
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: takeControl(); camera_.zoomAt(centre, 1.5); return true;
    case SDLK_MINUS: case SDLK_KP_MINUS: takeControl(); camera_.zoomAt(centre, 1 / 1.5); return true;
    case SDLK_w: case SDLK_UP: takeControl(); camera_.panByPixels(0, step); return true;
    case SDLK_s: case SDLK_DOWN: takeControl(); camera_.panByPixels(0, -step); return true;
    case SDLK_a: takeControl(); camera_.panByPixels(step, 0); return true;
    case SDLK_d: takeControl(); camera_.panByPixels(-step, 0); return true;
    case SDLK_r: case SDLK_0: showView(options_.view); return true;
    case SDLK_1: case SDLK_2: case SDLK_3: case SDLK_4: case SDLK_5: case SDLK_6: case SDLK_7: case SDLK_8:
    case SDLK_9:
      if (size_t(key.sym - SDLK_1) >= options_.views.size()) return false;
      takeControl();
      showView(options_.views[size_t(key.sym - SDLK_1)]);
      return true;
    case SDLK_q: if (key.mod & KMOD_CTRL) quit_ = true; return false;
    case SDLK_QUESTION: keysShown_ = !keysShown_; return true;
    case SDLK_SLASH: if (key.mod & KMOD_SHIFT) keysShown_ = !keysShown_; return true;
    default: break;
  }
  if (!briefing_) return false;
  if (key.sym == SDLK_ESCAPE && keysShown_) return keysShown_ = false, true;
  if (key.sym == SDLK_ESCAPE && exportDialog_->isOpen() && !viewState_.presenter) return exportDialog_->close(), true;
  if (viewState_.presenter && handlePresenterKey(key)) return true;
  Playback& clock = briefing_->playback();
  switch (key.sym) {
    case SDLK_SPACE: clock.setPlaying(!clock.playing()); return true;
    case SDLK_RIGHT: case SDLK_PAGEDOWN: moved = stepToEvent(*briefing_, true); break;
    case SDLK_LEFT: case SDLK_PAGEUP: moved = stepToEvent(*briefing_, false); break;
    case SDLK_HOME: clock.seek(double(clock.start())); moved = true; break;
    case SDLK_END: clock.seek(double(storyEnd(briefing_->trip()))); moved = true; break;
    case SDLK_F5: setPresenter(true); return true;
    case SDLK_e: if (!viewState_.presenter) exportDialog_->open(); return true;
    case SDLK_p: presenterKeyDown_ = true; return true;  // acts on the release
    case SDLK_t: toggleReferenceZone(*briefing_); return true;
    case SDLK_l:
      // Where a small map showed only a reminder, the first L shows the legend in full.
      viewState_.legend = !viewState_.legend || screen_->legendReminder();
      viewState_.legendChosen = true;
      return true;
    case SDLK_ESCAPE: setPresenter(false); return true;
    case SDLK_f:
      viewState_.follow = !viewState_.follow;
      story_->frameAnew();
      followStory(false);
      return true;
    default: return false;
  }
  if (moved) followStory(false);
  return true;
}

bool MapApp::handlePresenterKey(const SDL_Keysym& key) {
  size_t last = screen_->sequence().empty() ? 0 : screen_->sequence().size() - 1;
  switch (key.sym) {
    // A clicker sends PageDown and PageUp; a keyboard has the arrows too.
    case SDLK_RIGHT: case SDLK_PAGEDOWN: showCard(std::min(viewState_.card + 1, last)); return true;
    case SDLK_LEFT: case SDLK_PAGEUP: showCard(viewState_.card == 0 ? 0 : viewState_.card - 1); return true;
    case SDLK_HOME: showCard(0); return true;
    case SDLK_END: showCard(last); return true;
    case SDLK_b: case SDLK_PERIOD: viewState_.blank = !viewState_.blank; return true;
    case SDLK_SPACE: return true;  // the cards set the time; nothing plays under them
    default: return false;
  }
}

// SDL gives a release to the window with the focus when it comes, so a press in one window
// and its release in the other still make one toggle; repeats only press it again.
bool MapApp::handlePresenterToggleRelease(const SDL_Event& e) {
  if (e.type != SDL_KEYUP || e.key.keysym.sym != SDLK_p || !std::exchange(presenterKeyDown_, false)) return false;
  togglePresenterView();
  return true;
}

// Wheel, drag, keys, views, the story's flights and window sizes all end here: one clamp for all.
void MapApp::keepCameraInside() {
  if (!cameraBounds_) cameraBounds_ = cameraBounds(data_->projection);
  camera_ = keptInside(camera_, *cameraBounds_);
}

bool MapApp::handleMouse(const SDL_Event& e) {
  const ImGuiIO& io = ImGui::GetIO();
  float ratio = window_.pixelRatio();
  if (handleEditMouse(e)) return true;
  switch (e.type) {
    case SDL_MOUSEBUTTONDOWN:
      if (!io.WantCaptureMouse && e.button.button == SDL_BUTTON_LEFT) dragging_ = true, dragged_ = false;
      return true;
    case SDL_MOUSEBUTTONUP:
      // A click that did not drag selects what is under it (or clears the selection).
      if (dragging_ && !dragged_ && screen_ && briefing_) {
        ScreenPoint at{e.button.x * ratio, e.button.y * ratio};
        if (auto places = screen_->clusterAt(camera_, at); !places.empty()) {
          screen_->openCluster(std::move(places), at);
          dragging_ = false;
          return true;
        }
        std::string place = screen_->pick(camera_, at);
        if (!viewState_.presenter) viewState_.selectedPlace = place;
        else if (auto card = sequenceCardForPlace(screen_->sequence(), place)) showCard(*card);
      }
      dragging_ = false;
      return true;
    case SDL_MOUSEMOTION:
      if (dragging_ && (dragged_ || std::abs(e.motion.xrel) + std::abs(e.motion.yrel) > 0)) {
        dragged_ = true;
        takeControl();
        camera_.panByPixels(e.motion.xrel * ratio, e.motion.yrel * ratio);
      }
      return true;
    case SDL_MOUSEWHEEL:
      if (!io.WantCaptureMouse) {
        int x = 0, y = 0;
        SDL_GetMouseState(&x, &y);
        takeControl();
        camera_.zoomAt({x * ratio, y * ratio}, std::pow(1.25, e.wheel.preciseY));
      }
      return true;
    default: return false;
  }
}

double MapApp::secondsNow() { return double(SDL_GetTicks64()) / 1000; }

bool MapApp::updatePointer() {
  bool hide = idlePointer_.hidden(secondsNow());
  if (hide == pointerHidden_) return false;
  pointerHidden_ = hide;
  ui_->setPointerShown(!hide);
  if (presenterView_) presenterView_->setPointerShown(!hide);
  SDL_ShowCursor(hide ? SDL_DISABLE : SDL_ENABLE);
  return true;
}

bool MapApp::handleEvent(const SDL_Event& e) {
  // In either window: a pointer the audience might see is one that moves.
  if (e.type == SDL_MOUSEMOTION || e.type == SDL_MOUSEWHEEL) idlePointer_.moved(secondsNow());
  if (presenterView_ && eventWindowId(e) == presenterView_->id()) return handlePresenterViewEvent(e);
  if (!eventIsFor(e, SDL_GetWindowID(window_.window()))) return false;  // another window's
  ui_->makeCurrent();
  ImGui_ImplSDL2_ProcessEvent(&e);
  switch (e.type) {
    case SDL_QUIT: quit_ = true; return false;
    case SDL_WINDOWEVENT:
      // With a second window open SDL sends no SDL_QUIT when this one closes.
      if (e.window.event == SDL_WINDOWEVENT_CLOSE) quit_ = true;
      // A new size (presenter mode, or the user's resizing): the story is framed anew for it,
      // as for a window opened at that size; the old framing may no longer fit.
      if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        camera_.viewport = drawableSize();
        if (story_) story_->frameAnew();
        followStory(false);
      }
      return true;
    case SDL_KEYDOWN: return ImGui::GetIO().WantCaptureKeyboard ? true : (handleKey(e.key.keysym), true);
    case SDL_KEYUP: return handlePresenterToggleRelease(e), true;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: case SDL_MOUSEMOTION: case SDL_MOUSEWHEEL:
      return handleMouse(e);
    default: return true;
  }
}

}  // namespace itinera
