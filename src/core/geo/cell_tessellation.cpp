// Recursive halving of a polygon's box, clipping its rings to each half (Sutherland-Hodgman).
#include "core/geo/cell_tessellation.h"

#include <cmath>

namespace itinera {
namespace {

double along(const MapPoint& p, int axis) { return axis == 0 ? p.x : p.y; }

// The part of a ring on one side of the line `axis` = `at`: below it or above it.
MapRing clipRing(const MapRing& ring, int axis, double at, bool below) {
  size_t n = ring.size();
  if (n > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y) --n;
  MapRing out;
  if (n < 3) return out;
  auto inside = [&](const MapPoint& p) { return below ? along(p, axis) <= at : along(p, axis) >= at; };
  for (size_t i = 0; i < n; ++i) {
    const MapPoint& prev = ring[(i + n - 1) % n];
    const MapPoint& cur = ring[i];
    bool curIn = inside(cur), prevIn = inside(prev);
    if (curIn != prevIn) {
      double t = (at - along(prev, axis)) / (along(cur, axis) - along(prev, axis));
      MapPoint cut{prev.x + t * (cur.x - prev.x), prev.y + t * (cur.y - prev.y)};
      (axis == 0 ? cut.x : cut.y) = at;  // exactly on the line, as the neighbouring cell has it
      out.push_back(cut);
    }
    if (curIn) out.push_back(cur);
  }
  if (out.size() < 3) out.clear();
  return out;
}

// The polygon's part on one side; empty when its outer ring has nothing there.
MapPolygon clipPolygon(const MapPolygon& polygon, int axis, double at, bool below) {
  MapPolygon out;
  for (const MapRing& ring : polygon) {
    MapRing clipped = clipRing(ring, axis, at, below);
    if (clipped.empty()) {
      if (out.empty()) return {};
      continue;
    }
    out.push_back(std::move(clipped));
  }
  return out;
}

size_t vertexCount(const MapPolygon& polygon) {
  size_t n = 0;
  for (const MapRing& r : polygon) n += r.size();
  return n;
}

void appendBox(const MapBox& box, Triangles& out) {
  auto base = uint32_t(out.vertices.size());
  out.vertices.insert(out.vertices.end(), {box.min, {box.max.x, box.min.y}, box.max, {box.min.x, box.max.y}});
  out.indices.insert(out.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

void tessellateBox(const MapPolygon& polygon, const MapBox& box, const CellLimits& limits, Triangles& out) {
  double width = box.max.x - box.min.x, height = box.max.y - box.min.y;
  double size = std::max(width, height);
  if (size <= limits.maxCell * (1 + 1e-9)) {
    double boxArea = width * height;
    if (polygon.size() == 1 && std::abs(ringsArea(polygon) - boxArea) <= 1e-9 * boxArea) {
      appendBox(box, out);
      return;
    }
    if (vertexCount(polygon) <= limits.busyVertices || size <= limits.minCell) {
      tessellatePolygon(polygon, out);
      return;
    }
  }
  // Split the longer side: on a grid line while the box spans several cells, else in half.
  int axis = width >= height ? 0 : 1;
  double lo = axis == 0 ? box.min.x : box.min.y, extent = axis == 0 ? width : height;
  double cells = std::round(extent / limits.maxCell);
  double mid = cells >= 2 ? lo + std::floor(cells / 2) * limits.maxCell : lo + extent / 2;
  MapBox low = box, high = box;
  (axis == 0 ? low.max.x : low.max.y) = mid;
  (axis == 0 ? high.min.x : high.min.y) = mid;
  if (MapPolygon part = clipPolygon(polygon, axis, mid, true); !part.empty()) tessellateBox(part, low, limits, out);
  if (MapPolygon part = clipPolygon(polygon, axis, mid, false); !part.empty()) tessellateBox(part, high, limits, out);
}

}  // namespace

void tessellateInCells(const MapPolygon& polygon, const CellLimits& limits, Triangles& out) {
  if (polygon.empty()) return;
  MapBox box;
  for (const MapRing& ring : polygon)
    for (const MapPoint& p : ring) {
      if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
        tessellatePolygon(polygon, out);  // which refuses what it cannot fill
        return;
      }
      box.extend(p);
    }
  if (!(limits.maxCell > 0)) {
    tessellatePolygon(polygon, out);  // no cells asked for
    return;
  }
  // Cells on a grid from the map origin, so every polygon is cut along the same lines.
  double cell = limits.maxCell;
  MapBox grid({std::floor(box.min.x / cell) * cell, std::floor(box.min.y / cell) * cell},
              {std::floor(box.max.x / cell) * cell + cell, std::floor(box.max.y / cell) * cell + cell});
  tessellateBox(polygon, grid, limits, out);
}

}  // namespace itinera
