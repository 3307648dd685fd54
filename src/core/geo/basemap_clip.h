// Cutting basemap geometry in lon/lat: to where the projection holds, and around the detailed regions.
#pragma once

#include <memory>
#include <vector>

#include "core/geo/projection_domain.h"

class OGRGeometry;

namespace itinera {

struct BasemapClip {
  DegreeBox keep;                   // the part of the globe the map can draw (usableArea)
  std::vector<DegreeBox> cutOut;    // regions a more detailed file draws instead
};

// One piece of a clipped geometry, to be moved `lonShift` degrees (a turn east or west when
// the kept box crosses the antimeridian).
struct ClippedPiece {
  std::unique_ptr<OGRGeometry> geometry;
  double lonShift = 0;
};

// The parts of `g` inside `clip.keep` and outside every `clip.cutOut`, keeping only parts of
// the dimension `dimension` (0 points, 1 lines, 2 polygons). Cheap when `g` is wholly in or out.
std::vector<ClippedPiece> clipGeometry(const OGRGeometry& g, const BasemapClip& clip, int dimension);

}  // namespace itinera
