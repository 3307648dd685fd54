// CPU polygon tessellation into triangles, for filling map polygons (land, lakes, regions).
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo/geo_types.h"

namespace itinera {

struct Triangles {
  std::vector<MapPoint> vertices;
  std::vector<uint32_t> indices;  // 3 per triangle, counter-clockwise (y up)
};

// Ear-clipping tessellation. rings[0] is the outer ring, rings[1..] are holes; rings may be
// open or closed (last == first), in either orientation. Degenerate holes are skipped.
// Appends to out (indices offset by the existing vertex count). Returns false, appending
// nothing, when the outer ring is degenerate (fewer than 3 distinct points, zero area or
// non-finite coordinates) or no triangle could be produced.
bool tessellatePolygon(const std::vector<std::vector<MapPoint>>& rings, Triangles& out);

// Sum of absolute triangle areas.
double trianglesArea(const Triangles& t);

// |area(outer)| - sum of |area(hole)|; rings may be open or closed.
double ringsArea(const std::vector<std::vector<MapPoint>>& rings);

}  // namespace itinera
