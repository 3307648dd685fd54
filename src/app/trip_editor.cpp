// Edit mode's life: opening and recovering, validating each change, saving and autosaving,
// the map's clicks and drags, and the prompts.
#include "app/trip_editor.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "authoring/place_resolver.h"
#include "core/edit/draft_preview.h"
#include "core/edit/trip_edits.h"
#include "core/io/data_directory.h"

namespace itinera {

TripEditor::TripEditor(TripDocument document, TripLoadOptions load, std::vector<std::string> sourceDirs)
    : document_(std::move(document)), load_(std::move(load)), sourceDirs_(std::move(sourceDirs)) {
  if (!document_.path().empty()) recovery_ = TripDocument::recoverable(document_.path());
  refresh();
  newVersion_.reset();  // the briefing already shows what was opened
  panel_.searchPlaces = [this](const std::string& text) { return searchPlaces(text); };
}

Result<std::vector<PlaceChoice>> TripEditor::searchPlaces(const std::string& text) {
  if (!gazetteer_) {
    auto data = findDataDirectory();
    if (!data) return Error{data.error()};
    auto loaded = Gazetteer::load(data.value() + "/geodata/gazetteer.tsv.gz");
    if (!loaded) return Error{loaded.error()};
    gazetteer_ = std::move(loaded.value());
  }
  std::vector<PlaceChoice> out;
  for (const PlaceCandidate& c : itinera::searchPlaces(*gazetteer_, text))
    out.push_back({c.label, {c.place.name, c.place.kind, c.place.precision, c.place.reason, c.place.point.lon, c.place.point.lat}});
  return out;
}

Result<std::unique_ptr<TripEditor>> TripEditor::open(const std::string& path, TripLoadOptions load,
                                                      std::vector<std::string> sourceDirs) {
  // For the GUI test only: a save pauses half way, so the test can kill the app in the middle.
  if (const char* pause = std::getenv("ITINERA_TEST_SAVE_PAUSE_MS"))
    TripDocument::setMidSaveHook([ms = std::atol(pause)] { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); });
  if (path.empty()) {
    TripDocument blank = TripDocument::blank("New trip", "new-trip", "UTC", "2000-01-01T00:00Z", "2000-01-02T00:00Z");
    return std::unique_ptr<TripEditor>(new TripEditor(std::move(blank), std::move(load), std::move(sourceDirs)));
  }
  auto document = TripDocument::open(path);
  if (!document) return Error{document.error()};
  return std::unique_ptr<TripEditor>(new TripEditor(std::move(document.value()), std::move(load), std::move(sourceDirs)));
}

void TripEditor::refresh() {
  if (validated_ == document_.revision()) return;
  validated_ = document_.revision();
  TripLoadOptions options = load_;
  options.sourceDirs.insert(options.sourceDirs.end(), sourceDirs_.begin(), sourceDirs_.end());
  TripLoadResult loaded = document_.validate(options);
  problems_ = std::move(loaded.problems);
  if (loaded.ok()) {
    newVersion_ = TripSnapshot::make(std::move(*loaded.trip), std::move(*loaded.clock));
    return;
  }
  // A trip being started (no events yet) shows its places as they are added.
  if (!featureIds(document_.json(), "event").empty()) return;
  TripLoadResult draft = loadTripFromString(draftPreviewText(document_.json()), "(draft)", options);
  if (draft.ok()) newVersion_ = TripSnapshot::make(std::move(*draft.trip), std::move(*draft.clock));
}

std::shared_ptr<const TripSnapshot> TripEditor::takeNewVersion() {
  refresh();
  return std::exchange(newVersion_, nullptr);
}

void TripEditor::autosaveIfDue() {
  Uint64 now = SDL_GetTicks64();
  if (document_.revision() == autosaved_ || now - lastAutosave_ < 1000) return;
  if (document_.modified()) document_.autosave();
  else document_.discardAutosave();
  autosaved_ = document_.revision();
  lastAutosave_ = now;
}

void TripEditor::draw(float width, float height, float s, std::string& selectedPlace) {
  if (!selectedPlace.empty()) selected_ = selectedPlace;
  EditPanel::Action action = panel_.draw(document_, problems_, selected_, sourceDirs_, width, height, s);
  if (action.undo) undo();
  if (action.redo) redo();
  if (action.save) save();
  if (!action.saveAs.empty()) {
    std::string error = document_.saveAs(action.saveAs);
    panel_.status = error.empty() ? "Saved as " + action.saveAs : error;
  }
  if (action.newTrip && !document_.modified()) {
    document_ = TripDocument::blank("New trip", "new-trip", "UTC", "2000-01-01T00:00Z", "2000-01-02T00:00Z");
    validated_ = ~uint64_t{0};  // a new document: its revision count starts again
    selected_.clear();
    panel_.status.clear();
  } else if (action.newTrip)
    panel_.status = "Save or undo the changes first: a new trip would lose them";
  // The map's selection is a place; other items are selected in the panel only.
  auto places = featureIds(document_.json(), "place");
  selectedPlace = std::find(places.begin(), places.end(), selected_) != places.end() ? selected_ : "";
  drawPrompts(width, height, s);
  refresh();
}

void TripEditor::save() {
  std::string error = document_.save();
  panel_.status = error.empty() ? "Saved" : error;
  if (error.empty()) autosaved_ = document_.revision();
}

void TripEditor::addPlaceAt(LonLat where, std::string& selectedPlace) {
  const OrderedJson& json = document_.json();
  std::string id = uniqueId(json, "new-place");
  OrderedJson basis = {{"kind", "inferred"}, {"reason", "placed on the map by hand"}};
  if (document_.edit(addFeature(json, placeFeature(id, "New place", where.lon, where.lat, basis, firstCitations(json)))))
    selected_ = selectedPlace = id;
  panel_.stopAddingPlaces();
}

void TripEditor::movePlace(const std::string& id, LonLat where) {
  if (auto command = itinera::movePlace(document_.json(), id, where.lon, where.lat)) {
    command->mergeable = true;
    document_.edit(*command);
  }
}

bool TripEditor::mayQuit() {
  if (!document_.modified() || quitConfirmed_) return true;
  quitPrompt_ = true;
  return false;
}

void TripEditor::drawPrompts(float width, float height, float s) {
  ImVec2 centre{width / 2, height / 2};
  promptControls_.clear();
  auto button = [&](const char* text, const char* id) {
    bool pressed = ImGui::Button(text);
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    promptControls_.push_back({id, (min.x + max.x) / 2, (min.y + max.y) / 2});
    return pressed;
  };
  if (recovery_) ImGui::OpenPopup("Recover unsaved changes?");
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, {0.5f, 0.5f});
  if (ImGui::BeginPopupModal("Recover unsaved changes?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextWrapped("Changes to this trip were not saved when the app last stopped. Recover them?");
    if (button("Recover", "recover")) {
      document_.recover(*recovery_);
      recovery_.reset(), ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Discard them", "discard")) {
      document_.discardAutosave();
      recovery_.reset(), ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (quitPrompt_) ImGui::OpenPopup("Save the changes?");
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, {0.5f, 0.5f});
  ImGui::SetNextWindowSize({420 * s, 0});
  if (ImGui::BeginPopupModal("Save the changes?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextWrapped("The trip has changes that are not saved.");
    if (button("Save and quit", "save-and-quit")) {
      save();
      quitConfirmed_ = !document_.modified();
      quitPrompt_ = false, ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Quit without saving", "quit-without-saving")) {
      document_.discardAutosave();
      quitConfirmed_ = true;
      quitPrompt_ = false, ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button("Cancel", "cancel-quit")) quitPrompt_ = false, ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

AppState::Edit TripEditor::state() const {
  AppState::Edit e;
  e.on = true;
  e.path = document_.path();
  e.modified = document_.modified();
  e.selected = selected_;
  e.addingPlaces = panel_.addingPlaces();
  for (const TripProblem& p : problems_) e.problems += !p.note;
  e.undo = document_.nextUndo() ? document_.nextUndo()->label : "";
  e.redo = document_.nextRedo() ? document_.nextRedo()->label : "";
  e.quitPrompt = quitPrompt_;
  e.recovery = recovery_.has_value();
  e.controls = panel_.controls();
  e.controls.insert(e.controls.end(), promptControls_.begin(), promptControls_.end());
  return e;
}

}  // namespace itinera
