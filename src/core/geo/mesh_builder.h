// Builds plain vertex arrays for fills and anti-aliased lines on the CPU, once, with no GL.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo/basemap.h"

namespace itinera {

// Positions are float metres relative to a mesh origin, so float precision holds.
struct FillVertex {
  float x, y;
};

// Each line vertex is emitted twice, pushed to either side by `extrude` (a miter vector
// in map axes, length >= 1) times half the line width in pixels; `edge` is -1 or +1.
struct LineVertex {
  float x, y;
  float extrudeX, extrudeY;
  float edge;
  float along;  // metres from the start of the line, for dashes
};

// A run of indices whose primitives lie in one grid cell, so views can skip what they cannot see.
struct MeshTile {
  MapBox bounds;  // relative to the mesh origin
  uint32_t firstIndex = 0;
  uint32_t indexCount = 0;
};

struct FillMesh {
  std::vector<FillVertex> vertices;
  std::vector<uint32_t> indices;
  std::vector<MeshTile> tiles;
};

struct LineMesh {
  std::vector<LineVertex> vertices;
  std::vector<uint32_t> indices;
  std::vector<MeshTile> tiles;
};

// Reorders a mesh's primitives by grid cell of `cellSize` metres and records the tiles.
void sortIntoTiles(FillMesh& mesh, double cellSize);
void sortIntoTiles(LineMesh& mesh, double cellSize);

// Index ranges of the tiles that touch `visible` (mesh-relative), adjacent ones merged.
std::vector<MeshTile> visibleTiles(const std::vector<MeshTile>& tiles, const MapBox& visible);

// Polygons tessellated after simplifying each, shell and holes together, to `tolerance` metres (0 keeps all).
// `keepTopology` false: each ring by Douglas-Peucker alone, for world-scale sources where the
// topology-preserving fallback would cost seconds a level (a crossing shows at most in a cell).
FillMesh buildFillMesh(const std::vector<const MapPolygon*>& polygons, MapPoint origin, double tolerance,
                       bool keepTopology = true);

// Polylines with miter joins, simplified to `tolerance` metres.
LineMesh buildLineMesh(const std::vector<const MapRing*>& lines, MapPoint origin, double tolerance);

// Every polygon / line of a layer (or of the features that pass `keep`).
std::vector<const MapPolygon*> layerPolygons(const GeoLayer& layer);
std::vector<const MapRing*> layerLines(const GeoLayer& layer);
// Outlines of polygon features, as lines.
std::vector<const MapRing*> layerOutlines(const GeoLayer& layer);

}  // namespace itinera
