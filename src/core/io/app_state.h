// What the app is showing, as JSON for `--state-file`: rewritten atomically on every change.
#pragma once

#include <string>
#include <vector>

#include "core/geo/geo_types.h"

namespace itinera {

struct AppState {
  std::string time;           // ISO 8601 with the trip's offset, or empty without a trip
  // The zone the slider's days follow: "home" or "local" and its IANA name; empty without a trip.
  std::string referenceZoneMode, referenceZone;
  std::string selectedPlace;  // place id, or empty
  std::vector<std::string> detailEvents;  // the events the details panel lists for it
  bool playing = false;
  bool presenter = false;
  std::string card;           // presenter mode: the shown sequence card's id ("title", "event:<id>", ...)
  bool blank = false;         // presenter mode: the screen blanked
  bool presenterView = false;  // the presenter view's window is open
  unsigned long presenterViewWindow = 0;  // its window system id (X11), 0 when none is known
  std::string presenterViewTitle;         // its title, while open
  bool legend = true;         // the legend shown
  bool keysShown = false;     // the list of keys (?) is open
  double uiScale = 1;         // the UI's scale: text and panels at uiScale times their 96 dpi size
  std::string focus;          // the keyboard's focus: "agenda:<event id>", "details:<event id>", "tab", "" (the map)
  std::vector<std::string> clusterPlaces;  // the open cluster popup's places
  // Where the panels see the pointer (x, y in pixels), so a test can wait for a move to arrive
  // before it clicks; empty while they do not see it over the window.
  std::vector<double> pointer;
  std::vector<double> legendRect;  // the legend's x, y, width, height in pixels; empty while hidden
  bool follow = true;
  std::string view;           // the named view last chosen
  LonLat centre;
  double metresPerPixel = 0;
  long framesDrawn = 0;  // so a test can see that an untouched app draws nothing
  std::vector<double> toolbar;  // the view toolbar's x, y, width, height in pixels; empty while hidden
  std::vector<double> moreViews;  // its "More views…" button (x, y, width, height); empty without one
  // Where the slider was drawn, so input can be aimed at it at any size and UI scale: its track
  // (x, y, width, height; empty without one) and each day's label button by its centre.
  std::vector<double> sliderTrack;
  struct Button {
    std::string label;
    double x = 0, y = 0;
  };
  std::vector<Button> dayButtons;
  // The Export menu's export: "idle", "running", "done", "cancelled" or "failed"; its progress in
  // slices (frames, slides); the file written (done) or what went wrong (failed); whether the
  // dialog is open, and its controls by centre, so input can be aimed at them.
  struct Export {
    std::string status = "idle";
    long done = 0, total = 0;
    std::string path, message;
    bool dialog = false;
    std::vector<Button> controls;
  };
  Export exportJob;
  // Edit mode: the file, whether it has unsaved changes, the selected item, the number of
  // problems, the next undo and redo, the prompts open, and the panel's controls by centre.
  struct Edit {
    bool on = false, modified = false, addingPlaces = false, quitPrompt = false, recovery = false;
    std::string path, selected, undo, redo;
    size_t problems = 0;
    std::vector<Button> controls;
  };
  Edit edit;
};

std::string toJson(const AppState& state);

// Writes the state file only when what the app shows changes: the frame count alone does not
// count, or the file would be rewritten on every frame of an animation.
class StateFileWriter {
 public:
  explicit StateFileWriter(std::string path) : path_(std::move(path)) {}
  // Returns an error message when a write fails after one that did not, else "".
  std::string update(const AppState& state);
  // Writes the state if anything, the frame count included, differs from the file: for when
  // the app goes idle, so the count it shows is the final one.
  std::string flush(const AppState& state);
  bool enabled() const { return !path_.empty(); }

 private:
  std::string write(const AppState& state);
  std::string path_;
  std::string lastShown_;    // the JSON written last, without the frame count
  long lastFrames_ = -1;     // the frame count written last
  bool failing_ = false;     // the last write failed, and that was reported
};

}  // namespace itinera
