// Flight timing.
#include "core/camera/camera_director.h"

namespace itinera {

void CameraDirector::flyTo(const Camera& from, const Camera& to) {
  flight_.emplace(from, to);
  elapsed_ = 0;
  duration_ = flight_->durationSeconds();
}

bool CameraDirector::advance(Camera& camera, double dtSeconds) {
  if (!flight_) return false;
  if (dtSeconds > 0) elapsed_ += dtSeconds;
  double t = duration_ > 0 ? elapsed_ / duration_ : 1;
  Viewport viewport = camera.viewport;
  camera = flight_->at(t < 1 ? t : 1);
  camera.viewport = viewport;
  if (t >= 1) flight_.reset();
  return true;
}

}  // namespace itinera
