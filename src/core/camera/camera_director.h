// Moves the camera over time: smooth flights to a target view, interrupted when the user
// takes control. Time moves only by the steps the caller gives, so the same steps give the
// same cameras: the window passes the time its frame took, an export 1/fps.
#pragma once

#include <optional>

#include "core/camera/camera_flight.h"

namespace itinera {

class CameraDirector {
 public:
  // Starts a flight from `from` to `to`; it begins where `from` is.
  void flyTo(const Camera& from, const Camera& to);
  void stop() { flight_.reset(); }
  bool flying() const { return flight_.has_value(); }
  // Moves the flight on by `dtSeconds` and sets `camera` to where it is; false once no flight
  // is under way. A step of 0 places the camera at the flight's current point.
  bool advance(Camera& camera, double dtSeconds);

 private:
  std::optional<CameraFlight> flight_;
  double elapsed_ = 0, duration_ = 0;
};

}  // namespace itinera
