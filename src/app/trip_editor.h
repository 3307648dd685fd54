// Edit mode: the trip open as a document beside the briefing. Every change is validated as the
// loader sees it; a version that loads is committed to the briefing, so the map follows as you
// type. Autosaves beside the file; asks before unsaved changes are lost.
#pragma once

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>

#include "authoring/gazetteer.h"
#include "core/edit/trip_document.h"
#include "core/geo/geo_types.h"
#include "core/io/app_state.h"
#include "core/story/trip_snapshot.h"
#include "ui/edit_panel.h"

namespace itinera {

class TripEditor {
 public:
  // Opens `path` (or a new trip when it is ""); the load options are the app's, so the problems
  // are `validate`'s.
  static Result<std::unique_ptr<TripEditor>> open(const std::string& path, TripLoadOptions load,
                                                    std::vector<std::string> sourceDirs);

  // Draws the panel and the prompts; `selectedPlace` is the map's selection, which the panel's
  // selection follows and sets.
  void draw(float width, float height, float s, std::string& selectedPlace);
  // A new version of the trip that loads, once after each change: for the briefing to commit.
  std::shared_ptr<const TripSnapshot> takeNewVersion();
  // Autosaves when there are changes the autosave copy does not hold, at most once a second.
  void autosaveIfDue();

  bool addingPlaces() const { return panel_.addingPlaces(); }
  void addPlaceAt(LonLat where, std::string& selectedPlace);
  // A drag moves the place at each step; the whole drag is undone at once.
  void movePlace(const std::string& id, LonLat where);
  void endDrag() { document_.closeMerge(); }
  bool undo() { return document_.undo(); }
  bool redo() { return document_.redo(); }
  void save();
  // The user asked to quit: true when nothing unsaved would be lost; else the prompt opens,
  // and quitRequested() turns true once the user has saved or discarded.
  bool mayQuit();
  bool quitRequested() const { return quitConfirmed_; }
  bool modified() const { return document_.modified(); }
  const TripDocument& document() const { return document_; }
  AppState::Edit state() const;

 private:
  TripEditor(TripDocument document, TripLoadOptions load, std::vector<std::string> sourceDirs);
  void refresh();  // validates after a change
  void drawPrompts(float width, float height, float s);
  // The gazetteer's places for the panel's search; the gazetteer is read on the first search.
  Result<std::vector<PlaceChoice>> searchPlaces(const std::string& text);

  TripDocument document_;
  TripLoadOptions load_;
  std::vector<std::string> sourceDirs_;
  EditPanel panel_;
  std::string selected_;
  uint64_t validated_ = ~uint64_t{0}, autosaved_ = 0;
  Uint64 lastAutosave_ = 0;
  std::vector<TripProblem> problems_;
  std::shared_ptr<const TripSnapshot> newVersion_;
  std::optional<std::string> recovery_;  // an autosave copy to offer back
  bool quitPrompt_ = false, quitConfirmed_ = false;
  std::vector<AppState::Button> promptControls_;
  std::optional<Gazetteer> gazetteer_;  // the prompt's buttons, for the state file
};

}  // namespace itinera
