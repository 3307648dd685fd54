// What the app is showing, as JSON for `--state-file`: rewritten atomically on every change.
#pragma once

#include <string>
#include <vector>

#include "core/geo/geo_types.h"

namespace itinera {

struct AppState {
  std::string time;           // ISO 8601 with the trip's offset, or empty without a trip
  std::string selectedPlace;  // place id, or empty
  std::vector<std::string> detailEvents;  // the events the details panel lists for it
  bool playing = false;
  bool presenter = false;
  bool follow = true;
  std::string view;           // the named view last chosen
  LonLat centre;
  double metresPerPixel = 0;
  long framesDrawn = 0;  // so a test can see that an untouched app draws nothing
};

std::string toJson(const AppState& state);

// Writes the state file only when its contents change.
class StateFileWriter {
 public:
  explicit StateFileWriter(std::string path) : path_(std::move(path)) {}
  // Returns an error message, or "".
  std::string update(const AppState& state);
  bool enabled() const { return !path_.empty(); }

 private:
  std::string path_;
  std::string lastWritten_;
};

}  // namespace itinera
