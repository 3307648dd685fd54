// Tests for tessellation in cells: same area as the polygon, holes kept, no long triangles,
// covered cells as two triangles.
#include "core/geo/cell_tessellation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace itinera {
namespace {

MapPoint corner(const Triangles& t, size_t tri, int k) { return t.vertices[t.indices[tri * 3 + k]]; }

double widestTriangle(const Triangles& t) {
  double widest = 0;
  for (size_t tri = 0; tri < t.indices.size() / 3; ++tri) {
    MapBox box;
    for (int k = 0; k < 3; ++k) box.extend(corner(t, tri, k));
    widest = std::max({widest, box.max.x - box.min.x, box.max.y - box.min.y});
  }
  return widest;
}

// A wobbly island, like a coastline: many vertices, long and thin.
MapRing wobblyIsland(MapPoint centre, double length, double width, int vertices) {
  MapRing ring;
  for (int i = 0; i < vertices; ++i) {
    double a = 2 * std::numbers::pi * i / vertices;
    double wobble = 1 + 0.08 * std::sin(a * 37) + 0.05 * std::cos(a * 91);
    ring.push_back({centre.x + length / 2 * std::cos(a) * wobble, centre.y + width / 2 * std::sin(a) * wobble});
  }
  return ring;
}

TEST(CellTessellation, KeepsTheAreaAndBoundsEveryTriangleByTheCell) {
  MapPolygon island{wobblyIsland({51234, -2087}, 400000, 60000, 3000)};
  CellLimits limits{50000, 2000};
  Triangles t;
  tessellateInCells(island, limits, t);
  EXPECT_NEAR(trianglesArea(t), ringsArea(island), ringsArea(island) * 1e-9);
  EXPECT_LE(widestTriangle(t), limits.maxCell * (1 + 1e-9));

  // Ear clipping the whole ring at once makes triangles that reach across the island.
  Triangles whole;
  tessellatePolygon(island, whole);
  EXPECT_GT(widestTriangle(whole), 5 * limits.maxCell);
}

TEST(CellTessellation, KeepsHolesOpen) {
  MapRing outer{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}};
  MapRing lake = wobblyIsland({420, 530}, 500, 300, 200);
  MapPolygon polygon{outer, lake};
  Triangles t;
  tessellateInCells(polygon, {128, 8}, t);
  EXPECT_NEAR(trianglesArea(t), ringsArea(polygon), ringsArea(polygon) * 1e-9);
  // No triangle's centre lies in the lake's middle.
  for (size_t tri = 0; tri < t.indices.size() / 3; ++tri) {
    MapPoint a = corner(t, tri, 0), b = corner(t, tri, 1), c = corner(t, tri, 2);
    MapPoint centre{(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
    EXPECT_GT(std::hypot((centre.x - 420) / 250, (centre.y - 530) / 150), 0.8) << "triangle " << tri;
  }
}

TEST(CellTessellation, ACoveredCellIsTwoTriangles) {
  // A 4 by 2 block of whole cells, on the grid.
  MapPolygon block{{{0, 0}, {400, 0}, {400, 200}, {0, 200}}};
  Triangles t;
  tessellateInCells(block, {100, 10}, t);
  EXPECT_EQ(t.indices.size(), 8u * 6u);
  EXPECT_NEAR(trianglesArea(t), 80000, 1e-6);
}

TEST(CellTessellation, CellEdgesAreExactGridLines) {
  // Neighbouring cells must share their edge exactly, or pixels along it could be missed.
  MapPolygon island{wobblyIsland({0, 0}, 10000, 7000, 500)};
  Triangles t;
  tessellateInCells(island, {1000, 100}, t);
  size_t onGrid = 0;
  for (const MapPoint& p : t.vertices) {
    double gx = p.x / 1000 - std::round(p.x / 1000), gy = p.y / 1000 - std::round(p.y / 1000);
    if ((gx == 0 || gy == 0) && std::abs(std::hypot(p.x / 5000, p.y / 3500) - 1) > 0.2) ++onGrid;
  }
  EXPECT_GT(onGrid, 0u);  // interior cell corners exist and sit exactly on grid lines
  for (const MapPoint& p : t.vertices) {
    bool insideShape = std::hypot(p.x / 5000, p.y / 3500) < 0.8;
    if (!insideShape) continue;
    // Every vertex well inside the island is a cell corner or on a cell edge.
    double gx = p.x / 1000 - std::round(p.x / 1000), gy = p.y / 1000 - std::round(p.y / 1000);
    EXPECT_TRUE(gx == 0 || gy == 0) << p.x << ", " << p.y;
  }
}

TEST(CellTessellation, RefusesWhatItCannotFill) {
  Triangles t;
  tessellateInCells({{{0, 0}, {NAN, 1}, {1, 1}}}, {100, 10}, t);
  tessellateInCells({}, {100, 10}, t);
  EXPECT_TRUE(t.indices.empty());
}

}  // namespace
}  // namespace itinera
