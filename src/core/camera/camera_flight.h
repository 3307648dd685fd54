// Smooth zoom-and-pan between two views (van Wijk & Nuij, "Smooth and efficient zooming
// and panning", 2003): the camera zooms out, travels, and zooms in along an optimal path.
#pragma once

#include "core/camera/camera.h"

namespace itinera {

class CameraFlight {
 public:
  // rho trades zooming against panning; about 1.4 looks natural.
  CameraFlight(const Camera& from, const Camera& to, double rho = 1.4);

  // The camera at fraction t in [0, 1] of the flight (eased at both ends).
  Camera at(double t) const;
  // Path length in the paper's units (distance in screen widths, roughly).
  double pathLength() const { return length_; }
  // Seconds the flight should take: grows with the path, within [0.6, 3] s.
  double durationSeconds() const;

 private:
  Camera from_;
  MapPoint c0_, c1_;
  double w0_, w1_, u1_, rho_;
  double r0_ = 0, length_ = 0;
  bool pureZoom_ = false;
};

}  // namespace itinera
