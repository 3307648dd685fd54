// The Edit panel: new, save and save as; undo and redo; the tool for adding places on the map;
// buttons adding events, legs, people, organisations, sources and travellers; the form of the
// selected item; the problems, updated as you type (a click selects the item at fault).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/edit/trip_document.h"
#include "core/edit/trip_edits.h"
#include "core/io/app_state.h"
#include "core/trip/trip_problem.h"
#include "ui/edit_fields.h"

namespace itinera {

// A place the gazetteer offers: its description, with its country, and the place itself.
struct PlaceChoice {
  std::string label;
  FoundPlace place;
};

class EditPanel {
 public:
  // Looks a name, an airport code or coordinates up in the gazetteer; the candidates, or an error.
  std::function<Result<std::vector<PlaceChoice>>(const std::string&)> searchPlaces;

  struct Action {
    bool save = false, undo = false, redo = false, newTrip = false;
    std::string saveAs;  // a path, when the user chose one
  };
  // Draws the panel at the left edge of a `width` x `height` window at UI scale `s`. `selected`
  // is the selected item's id (a click on a problem changes it). Edits go straight to `doc`.
  Action draw(TripDocument& doc, const std::vector<TripProblem>& problems, std::string& selected,
              const std::vector<std::string>& sourceDirs, float width, float height, float s);

  bool addingPlaces() const { return addingPlaces_; }
  void stopAddingPlaces() { addingPlaces_ = false; }
  const std::vector<AppState::Button>& controls() const { return controls_; }
  std::string status;  // the last save's outcome, shown under the buttons

 private:
  void noteControl(const char* label);
  Action drawFileRow(TripDocument& doc, float s);
  void drawAddRow(TripDocument& doc, std::string& selected, float s);
  void drawForm(TripDocument& doc, const std::string& selected, const std::vector<std::string>& sourceDirs, float s);
  // The gazetteer search: adds the chosen place, or (`moves`) moves the selected place there.
  void drawPlaceSearch(TripDocument& doc, std::string& selected, bool moves, float s);
  void drawProblems(const std::vector<TripProblem>& problems, std::string& selected);

  bool addingPlaces_ = false;
  std::string saveAsPath_;
  FieldScratch scratch_;
  struct Search {
    std::string query, message;
    std::vector<PlaceChoice> results;
  } search_[2];  // adding, moving
  std::vector<AppState::Button> controls_;
};

}  // namespace itinera
