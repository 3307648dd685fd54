// State serialisation and change-only writing.
#include "core/io/app_state.h"

#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"

namespace itinera {

std::string toJson(const AppState& s) {
  nlohmann::ordered_json j;
  j["time"] = s.time.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.time);
  if (!s.referenceZoneMode.empty()) j["reference_zone"] = {{"mode", s.referenceZoneMode}, {"zone", s.referenceZone}};
  j["selected_place"] = s.selectedPlace.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.selectedPlace);
  j["details"] = s.detailEvents;
  j["playing"] = s.playing;
  j["presenter"] = s.presenter;
  j["card"] = s.card.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.card);
  j["blank"] = s.blank;
  j["presenter_view"] = {
      {"open", s.presenterView},
      {"window_id", s.presenterViewWindow ? nlohmann::ordered_json(s.presenterViewWindow) : nlohmann::ordered_json(nullptr)},
      {"title", s.presenterViewTitle.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.presenterViewTitle)}};
  j["legend"] = s.legend;
  j["keys_shown"] = s.keysShown;
  j["ui_scale"] = s.uiScale;
  j["focus"] = s.focus;
  j["cluster_places"] = s.clusterPlaces;
  j["pointer"] = s.pointer.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.pointer);
  j["legend_rect"] = s.legendRect.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.legendRect);
  j["follow"] = s.follow;
  j["view"] = s.view;
  j["centre"] = {{"lon", s.centre.lon}, {"lat", s.centre.lat}};
  j["metres_per_pixel"] = s.metresPerPixel;
  j["frames_drawn"] = s.framesDrawn;
  j["toolbar"] = s.toolbar.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.toolbar);
  j["more_views"] = s.moreViews.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.moreViews);
  nlohmann::ordered_json days = nlohmann::ordered_json::array();
  for (const AppState::Button& b : s.dayButtons) days.push_back({{"label", b.label}, {"x", b.x}, {"y", b.y}});
  j["slider"] = {{"track", s.sliderTrack.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.sliderTrack)},
                 {"days", days}};
  nlohmann::ordered_json controls = nlohmann::ordered_json::array();
  for (const AppState::Button& b : s.exportJob.controls) controls.push_back({{"label", b.label}, {"x", b.x}, {"y", b.y}});
  const AppState::Export& e = s.exportJob;
  j["export"] = {{"status", e.status},
                 {"done", e.done},
                 {"total", e.total},
                 {"path", e.path.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.path)},
                 {"message", e.message.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.message)},
                 {"dialog", e.dialog},
                 {"controls", controls}};
  if (s.edit.on) {  // only in edit mode, so the state of a briefing reads as before
    nlohmann::ordered_json editControls = nlohmann::ordered_json::array();
    for (const AppState::Button& b : s.edit.controls) editControls.push_back({{"label", b.label}, {"x", b.x}, {"y", b.y}});
    const AppState::Edit& d = s.edit;
    j["edit"] = {{"path", d.path}, {"modified", d.modified}, {"selected", d.selected}, {"adding_places", d.addingPlaces},
                 {"problems", d.problems}, {"undo", d.undo}, {"redo", d.redo}, {"quit_prompt", d.quitPrompt},
                 {"recovery", d.recovery}, {"controls", editControls}};
  }
  return j.dump(2) + "\n";
}

namespace {

std::string shownPart(AppState state) {
  state.framesDrawn = 0;
  return toJson(state);
}

}  // namespace

std::string StateFileWriter::update(const AppState& state) {
  if (path_.empty() || shownPart(state) == lastShown_) return {};
  return write(state);
}

std::string StateFileWriter::flush(const AppState& state) {
  if (path_.empty() || (shownPart(state) == lastShown_ && state.framesDrawn == lastFrames_)) return {};
  return write(state);
}

std::string StateFileWriter::write(const AppState& state) {
  std::string error = writeFileAtomically(path_, toJson(state));
  if (error.empty()) {
    lastShown_ = shownPart(state);
    lastFrames_ = state.framesDrawn;
    failing_ = false;
    return {};
  }
  // A directory that cannot be written stays so: say it once, not on every frame, until a
  // write succeeds again (the message names a new temporary file each time).
  if (failing_) return {};
  failing_ = true;
  return error;
}

}  // namespace itinera
