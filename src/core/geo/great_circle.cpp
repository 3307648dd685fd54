// Haversine distance on a sphere of the mean Earth radius (IUGG, 6371008.8 m).
#include "core/geo/great_circle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace itinera {

double greatCircleMetres(LonLat a, LonLat b) {
  constexpr double kEarthRadiusMetres = 6371008.8, kRad = std::numbers::pi / 180;
  double dLat = (b.lat - a.lat) * kRad, dLon = (b.lon - a.lon) * kRad;
  double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
             std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
  // Rounding can push h just past 1 for antipodal points; asin needs [0, 1].
  return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace itinera
