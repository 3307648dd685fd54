// Simplification of lines, rings and polygons, to thin geometry for coarse zoom levels.
#pragma once

#include <vector>

#include "core/geo/geo_types.h"

namespace itinera {

// The points of `line` with consecutive duplicates dropped.
std::vector<MapPoint> withoutRepeats(const std::vector<MapPoint>& line);

// Douglas–Peucker simplification keeping both endpoints; tolerance in map metres.
// Consecutive duplicate points are always dropped; a tolerance <= 0 keeps every other point.
std::vector<MapPoint> simplifyLine(const std::vector<MapPoint>& line, double tolerance);

// For rings. A closed ring (last == first) stays closed and never comes back with fewer than
// 4 points (3 + closing) unless the input had fewer; an open ring is treated as implicitly
// closed and returned open. Returns the input unchanged if simplification would collapse it.
std::vector<MapPoint> simplifyRing(const std::vector<MapPoint>& ring, double tolerance);

// A polygon (shell first, then holes) simplified ring by ring as simplifyRing does, unless that
// makes rings meet: then as a whole by GEOS's topology-preserving simplifier, so that no ring
// crosses itself or another and a hole stays inside its shell. Dropped points stay within
// tolerance (map metres; <= 0 keeps all). Each ring keeps its closedness and at least 4 points
// (3 + closing); rings with fewer than 3 distinct corners come back as they were.
std::vector<std::vector<MapPoint>> simplifyPolygon(const std::vector<std::vector<MapPoint>>& polygon,
                                                   double tolerance);

}  // namespace itinera
