// Edit mode in the app: the Edit panel beside the map, its keys (Ctrl+E, Ctrl+Z, Ctrl+Y,
// Ctrl+S), a click adding a place, a drag moving the selected place, and the question before
// quitting with unsaved changes. Each version that loads is committed so the map follows.
#include <backends/imgui_impl_sdl.h>

#include <iostream>

#include "app/map_app.h"

namespace itinera {

void MapApp::toggleEditor() {
  if (editor_) {
    if (editor_->modified()) return;  // closing would lose the changes: save or undo them first
    editor_.reset();
    return;
  }
  std::vector<std::string> dirs = options_.sourceDirs;
  if (briefing_) dirs = briefing_->sourceDirs();
  auto editor = TripEditor::open(options_.tripPath, options_.tripLoad, dirs);
  if (!editor) {
    std::cerr << "itinera: " << editor.error() << "\n";
    return;
  }
  editor_ = std::move(editor.value());
  viewState_.follow = false;  // the map stays where the user is working
  if (story_) story_->stop();
}

void MapApp::drawEditor() {
  if (!editor_) return;
  editor_->draw(float(camera_.viewport.width), float(camera_.viewport.height), ui_->scale(), viewState_.selectedPlace);
  if (auto version = editor_->takeNewVersion(); version && briefing_) {
    briefing_->commit(version);
    // The director holds the trip it was made for.
    story_ = std::make_unique<StoryDirector>(briefing_->trip(), briefing_->timeline(), data_->projection);
    framesToDraw_ = std::max(framesToDraw_, 2);
  }
  if (editor_->quitRequested()) quit_ = true;  // the prompt's answer
}

bool MapApp::handleEditKey(const SDL_Keysym& key) {
  bool ctrl = key.mod & KMOD_CTRL;
  if (ctrl && key.sym == SDLK_e) return toggleEditor(), true;
  if (!editor_ || !ctrl) return false;
  switch (key.sym) {
    case SDLK_z:
      if (key.mod & KMOD_SHIFT) editor_->redo();
      else editor_->undo();
      return true;
    case SDLK_y: editor_->redo(); return true;
    case SDLK_s: editor_->save(); return true;
    default: return false;
  }
}

bool MapApp::handleEditMouse(const SDL_Event& e) {
  if (!editor_ || !screen_) return false;
  float ratio = window_.pixelRatio();
  auto lonLatAt = [&](int x, int y) { return data_->projection.toLonLat(camera_.toMap({x * ratio, y * ratio})); };
  switch (e.type) {
    case SDL_MOUSEBUTTONDOWN: {
      if (ImGui::GetIO().WantCaptureMouse || e.button.button != SDL_BUTTON_LEFT || editor_->addingPlaces()) return false;
      std::string place = screen_->pick(camera_, {e.button.x * ratio, e.button.y * ratio});
      if (place.empty() || place != viewState_.selectedPlace) return false;
      draggedPlace_ = place;  // the selected place is taken, not the map
      return true;
    }
    case SDL_MOUSEMOTION:
      if (draggedPlace_.empty()) return false;
      editor_->movePlace(draggedPlace_, lonLatAt(e.motion.x, e.motion.y));
      return true;
    case SDL_MOUSEBUTTONUP:
      if (!draggedPlace_.empty()) {
        draggedPlace_.clear();
        editor_->endDrag();
        return true;
      }
      if (dragging_ && !dragged_ && editor_->addingPlaces() && e.button.button == SDL_BUTTON_LEFT) {
        dragging_ = false;
        editor_->addPlaceAt(lonLatAt(e.button.x, e.button.y), viewState_.selectedPlace);
        return true;
      }
      return false;
    default: return false;
  }
}

bool MapApp::quitAllowed() {
  if (!editor_ || editor_->quitRequested() || editor_->mayQuit()) return true;
  quit_ = false;  // the prompt asks; its answer quits
  framesToDraw_ = std::max(framesToDraw_, 2);
  return false;
}

}  // namespace itinera
