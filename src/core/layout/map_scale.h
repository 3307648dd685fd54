// Scale bar and north arrow, measured on the ground rather than in projected metres.
#pragma once

#include <string>

#include "core/camera/camera.h"
#include "core/geo/projection.h"

namespace itinera {

struct ScaleBar {
  double lengthPx = 0;
  double metres = 0;
  std::string label;  // "20 km", "500 m"
};

// A round length (1, 2 or 5 times a power of ten) whose bar is at most `maxPx` long,
// measured at the centre of the view.
ScaleBar chooseScaleBar(const Camera& camera, const Projection& projection, double maxPx);

// Screen angle (radians, clockwise from straight up) of true north at the view's centre.
double northAngle(const Camera& camera, const Projection& projection);

}  // namespace itinera
