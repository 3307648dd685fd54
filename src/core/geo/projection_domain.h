// Where on the globe a map CRS draws without tearing: the lon/lat box the world basemap is cut to.
#pragma once

#include "core/geo/projection.h"

namespace itinera {

// Degrees; `west` may be below -180 or `east` above 180 when the box crosses the antimeridian.
struct DegreeBox {
  double west = -180, south = -90, east = 180, north = 90;
  bool contains(LonLat p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
};

// The part of the globe around the CRS's area of use (its centre) where the map's scale stays
// within kMaxScaleDistortion of the centre's, walking along the centre's parallel and meridian.
// A transverse Mercator such as UTM keeps about 75 degrees either side of its meridian; a
// Mercator the whole width of the world. Beyond it shapes tear or run to infinity.
inline constexpr double kMaxScaleDistortion = 4.0;
DegreeBox usableArea(const Projection& projection);

}  // namespace itinera
