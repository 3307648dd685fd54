// Fill tessellation and line extrusion into vertex arrays.
#include "core/geo/mesh_builder.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/geo/cell_tessellation.h"
#include "core/geo/simplify.h"
#include "core/geo/tessellate.h"

namespace itinera {
namespace {

struct Vec {
  double x, y;
};

Vec unitNormal(MapPoint a, MapPoint b) {
  double dx = b.x - a.x, dy = b.y - a.y;
  double len = std::hypot(dx, dy);
  if (len == 0) return {0, 0};
  return {-dy / len, dx / len};
}

// The join direction at a vertex between segments with normals n0 and n1; its length
// makes the offset line stay parallel, capped so sharp spikes do not shoot out.
Vec miter(Vec n0, Vec n1) {
  Vec m{n0.x + n1.x, n0.y + n1.y};
  double len = std::hypot(m.x, m.y);
  if (len < 1e-9) return n0;
  m = {m.x / len, m.y / len};
  double cosHalf = m.x * n1.x + m.y * n1.y;
  double scale = 1.0 / std::max(cosHalf, 0.5);
  return {m.x * scale, m.y * scale};
}

bool isClosed(const MapRing& ring) {
  return ring.size() > 2 && ring.front().x == ring.back().x && ring.front().y == ring.back().y;
}

void appendLine(const std::vector<MapPoint>& pts, MapPoint origin, LineMesh& mesh) {
  size_t n = pts.size();
  if (n < 2) return;
  bool closed = isClosed(pts);
  uint32_t base = uint32_t(mesh.vertices.size());
  double along = 0;
  for (size_t i = 0; i < n; ++i) {
    Vec nPrev = i > 0 ? unitNormal(pts[i - 1], pts[i]) : Vec{0, 0};
    Vec nNext = i + 1 < n ? unitNormal(pts[i], pts[i + 1]) : Vec{0, 0};
    if (closed && i == 0) nPrev = unitNormal(pts[n - 2], pts[0]);
    if (closed && i == n - 1) nNext = unitNormal(pts[0], pts[1]);
    if (i == 0 && !closed) nPrev = nNext;
    if (i == n - 1 && !closed) nNext = nPrev;
    Vec m = miter(nPrev, nNext);
    if (i > 0) along += std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    float x = float(pts[i].x - origin.x), y = float(pts[i].y - origin.y);
    mesh.vertices.push_back({x, y, float(m.x), float(m.y), 1.f, float(along)});
    mesh.vertices.push_back({x, y, float(-m.x), float(-m.y), -1.f, float(along)});
  }
  for (uint32_t i = 0; i + 1 < n; ++i) {
    uint32_t a = base + 2 * i;
    mesh.indices.insert(mesh.indices.end(), {a, a + 1, a + 2, a + 1, a + 3, a + 2});
  }
}

// Groups primitives (runs of `perPrimitive` indices) by the grid cell of their first vertex.
template <typename Mesh>
void sortPrimitives(Mesh& mesh, size_t perPrimitive, double cellSize) {
  std::map<std::pair<long, long>, std::vector<uint32_t>> cells;
  std::map<std::pair<long, long>, MapBox> bounds;
  for (size_t i = 0; i + perPrimitive <= mesh.indices.size(); i += perPrimitive) {
    auto& v = mesh.vertices[mesh.indices[i]];
    std::pair<long, long> cell{long(std::floor(v.x / cellSize)), long(std::floor(v.y / cellSize))};
    auto& out = cells[cell];
    out.insert(out.end(), mesh.indices.begin() + long(i), mesh.indices.begin() + long(i + perPrimitive));
    for (size_t k = i; k < i + perPrimitive; ++k) {
      auto& p = mesh.vertices[mesh.indices[k]];
      bounds[cell].extend(MapPoint{p.x, p.y});
    }
  }
  mesh.indices.clear();
  mesh.tiles.clear();
  for (auto& [cell, indices] : cells) {
    mesh.tiles.push_back({bounds[cell], uint32_t(mesh.indices.size()), uint32_t(indices.size())});
    mesh.indices.insert(mesh.indices.end(), indices.begin(), indices.end());
  }
}

// An islet, lake or hole of at most about two pixels by two at the scales a level serves:
// too small to read, and every triangle costs.
bool tooSmallToSee(const MapRing& ring, double tolerance) {
  return tolerance > 0 && std::abs(ringsArea({ring})) < 4 * tolerance * tolerance;
}

}  // namespace

void sortIntoTiles(FillMesh& mesh, double cellSize) { sortPrimitives(mesh, 3, cellSize); }
void sortIntoTiles(LineMesh& mesh, double cellSize) { sortPrimitives(mesh, 6, cellSize); }

std::vector<MeshTile> visibleTiles(const std::vector<MeshTile>& tiles, const MapBox& visible) {
  std::vector<MeshTile> out;
  for (const MeshTile& t : tiles) {
    bool seen = t.bounds.min.x <= visible.max.x && t.bounds.max.x >= visible.min.x &&
                t.bounds.min.y <= visible.max.y && t.bounds.max.y >= visible.min.y;
    if (!seen) continue;
    if (!out.empty() && out.back().firstIndex + out.back().indexCount == t.firstIndex) {
      out.back().indexCount += t.indexCount;
      out.back().bounds.extend(t.bounds);
    } else {
      out.push_back(t);
    }
  }
  return out;
}

MapPolygon simplifiedRings(const MapPolygon& polygon, double tolerance, bool keepTopology) {
  if (tolerance <= 0) return polygon;
  if (keepTopology) return simplifyPolygon(polygon, tolerance);
  MapPolygon out;
  for (const MapRing& r : polygon) out.push_back(simplifyLine(r, tolerance));
  return out;
}

FillMesh buildFillMesh(const std::vector<const MapPolygon*>& polygons, MapPoint origin, double tolerance,
                       bool keepTopology) {
  // Cells of about 512 pixels at the scales this level serves, split down to 16 on busy coasts.
  double pixel = std::max(tolerance, 6.25);
  CellLimits cells{512 * pixel, 16 * pixel};
  Triangles triangles;
  for (const MapPolygon* polygon : polygons) {
    MapPolygon simplified;
    // Shell and holes together, so that no simplified ring crosses another.
    for (MapRing& r : simplifiedRings(*polygon, tolerance, keepTopology)) {
      if (tooSmallToSee(r, tolerance)) {
        if (simplified.empty()) break;
        continue;
      }
      simplified.push_back(std::move(r));
    }
    if (!simplified.empty()) tessellateInCells(simplified, cells, triangles);
  }
  FillMesh mesh;
  mesh.vertices.reserve(triangles.vertices.size());
  for (auto& v : triangles.vertices) mesh.vertices.push_back({float(v.x - origin.x), float(v.y - origin.y)});
  mesh.indices = std::move(triangles.indices);
  return mesh;
}

LineMesh buildLineMesh(const std::vector<const MapRing*>& lines, MapPoint origin, double tolerance) {
  LineMesh mesh;
  for (const MapRing* line : lines) {
    auto pts = withoutRepeats(*line);
    if (tolerance > 0) pts = simplifyLine(pts, tolerance);
    if (isClosed(pts) && tooSmallToSee(pts, tolerance)) continue;
    appendLine(pts, origin, mesh);
  }
  return mesh;
}

std::vector<const MapPolygon*> layerPolygons(const GeoLayer& layer) {
  std::vector<const MapPolygon*> out;
  for (auto& f : layer.features)
    for (auto& p : f.polygons) out.push_back(&p);
  return out;
}

std::vector<const MapRing*> layerLines(const GeoLayer& layer) {
  std::vector<const MapRing*> out;
  for (auto& f : layer.features)
    for (auto& l : f.lines) out.push_back(&l);
  return out;
}

std::vector<const MapRing*> layerOutlines(const GeoLayer& layer) {
  std::vector<const MapRing*> out;
  for (auto& f : layer.features)
    for (auto& p : f.polygons)
      for (auto& r : p) out.push_back(&r);
  return out;
}

}  // namespace itinera
