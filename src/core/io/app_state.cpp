// State serialisation and change-only writing.
#include "core/io/app_state.h"

#include <nlohmann/json.hpp>

#include "core/io/atomic_file.h"

namespace itinera {

std::string toJson(const AppState& s) {
  nlohmann::ordered_json j;
  j["time"] = s.time.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.time);
  j["selected_place"] = s.selectedPlace.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.selectedPlace);
  j["details"] = s.detailEvents;
  j["playing"] = s.playing;
  j["presenter"] = s.presenter;
  j["follow"] = s.follow;
  j["view"] = s.view;
  j["centre"] = {{"lon", s.centre.lon}, {"lat", s.centre.lat}};
  j["metres_per_pixel"] = s.metresPerPixel;
  j["frames_drawn"] = s.framesDrawn;
  return j.dump(2) + "\n";
}

std::string StateFileWriter::update(const AppState& state) {
  if (path_.empty()) return {};
  std::string json = toJson(state);
  if (json == lastWritten_) return {};
  std::string error = writeFileAtomically(path_, json);
  if (error.empty()) lastWritten_ = std::move(json);
  return error;
}

}  // namespace itinera
