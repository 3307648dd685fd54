// Moves the camera over time: smooth flights to a target view, interrupted when the user
// takes control.
#pragma once

#include <optional>

#include "core/camera/camera_flight.h"

namespace itinera {

class CameraDirector {
 public:
  // Starts a flight from `from` to `to` at time `now` (seconds, any steady clock).
  void flyTo(const Camera& from, const Camera& to, double now);
  void stop() { flight_.reset(); }
  bool flying() const { return flight_.has_value(); }
  // Sets `camera` to where the flight is at `now`; false once no flight is under way.
  bool update(Camera& camera, double now);

 private:
  std::optional<CameraFlight> flight_;
  double started_ = 0, duration_ = 0;
};

}  // namespace itinera
