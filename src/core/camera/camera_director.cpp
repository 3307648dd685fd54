// Flight timing.
#include "core/camera/camera_director.h"

namespace itinera {

void CameraDirector::flyTo(const Camera& from, const Camera& to, double now) {
  flight_.emplace(from, to);
  started_ = now;
  duration_ = flight_->durationSeconds();
}

bool CameraDirector::update(Camera& camera, double now) {
  if (!flight_) return false;
  double t = duration_ > 0 ? (now - started_) / duration_ : 1;
  Viewport viewport = camera.viewport;
  camera = flight_->at(t < 1 ? t : 1);
  camera.viewport = viewport;
  if (t >= 1) flight_.reset();
  return true;
}

}  // namespace itinera
