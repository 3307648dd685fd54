// Distance on the ground between two WGS 84 points, on a sphere of the Earth's mean radius.
#pragma once

#include "core/geo/geo_types.h"

namespace itinera {

// Haversine great-circle distance in metres (error under 0.5% against the ellipsoid).
double greatCircleMetres(LonLat a, LonLat b);

}  // namespace itinera
