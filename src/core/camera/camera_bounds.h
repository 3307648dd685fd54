// Keeping the camera inside the part of the map the projection and basemap cover, so that no
// zoom, pan, window size or aspect shows the edge of the drawn world.
#pragma once

#include <vector>

#include "core/camera/camera.h"
#include "core/geo/projection.h"

namespace itinera {

// The covered area in map metres: a closed outline and a point well inside it. An empty
// outline bounds nothing.
struct CameraBounds {
  std::vector<MapPoint> outline;
  MapPoint anchor;
};

// The part of the globe the projection draws without tearing (projection_domain.h), which is
// what the world basemap is cut to, as map metres.
CameraBounds cameraBounds(const Projection& projection);

// True when everything `camera` sees lies inside the bounds' outline.
bool seesOnlyInside(const Camera& camera, const CameraBounds& bounds);

// `camera` moved and zoomed in as little as it takes to see only the inside of the bounds: the
// scale is capped at the widest view that fits around the anchor at the camera's aspect, then
// the centre stops where the view meets the outline, sliding along it where it can.
Camera keptInside(Camera camera, const CameraBounds& bounds);

}  // namespace itinera
