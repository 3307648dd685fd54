// Tessellation in cells, so that fills are made of compact triangles.
#pragma once

#include "core/geo/basemap.h"
#include "core/geo/tessellate.h"

namespace itinera {

struct CellLimits {
  double maxCell = 0;        // metres: no triangle spans more than this
  double minCell = 0;        // metres: busy outlines are split down to this size
  size_t busyVertices = 24;  // a cell with more outline vertices than this is split
};

// Tessellates `polygon` clipped to cells of at most `limits.maxCell` metres, each split
// further while its outline is busy. A software rasteriser pays for every pixel block a
// triangle's edge crosses, and ear clipping a whole coastline gives slivers that cross the
// country; here each triangle stays within its cell, and a cell the polygon covers entirely
// is two triangles. Cell edges are exact axis-aligned lines, so neighbours meet without cracks.
void tessellateInCells(const MapPolygon& polygon, const CellLimits& limits, Triangles& out);

}  // namespace itinera
