// Tests for the ear-clipping polygon tessellator: area, coverage, holes and messy input.
#include "core/geo/tessellate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace itinera {
namespace {

using Ring = std::vector<MapPoint>;
using Rings = std::vector<Ring>;

// Even-odd ray casting; rings may be open or closed.
bool insideRing(const Ring& ring, MapPoint p) {
  bool inside = false;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const MapPoint& a = ring[i];
    const MapPoint& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

bool insidePolygon(const Rings& rings, MapPoint p) {
  if (!insideRing(rings[0], p)) return false;
  return std::none_of(rings.begin() + 1, rings.end(), [&](const Ring& h) { return insideRing(h, p); });
}

MapPoint centroid(const Triangles& t, size_t tri) {
  const MapPoint& a = t.vertices[t.indices[tri * 3]];
  const MapPoint& b = t.vertices[t.indices[tri * 3 + 1]];
  const MapPoint& c = t.vertices[t.indices[tri * 3 + 2]];
  return {(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
}

double signedTriangleArea(const Triangles& t, size_t tri) {
  const MapPoint& a = t.vertices[t.indices[tri * 3]];
  const MapPoint& b = t.vertices[t.indices[tri * 3 + 1]];
  const MapPoint& c = t.vertices[t.indices[tri * 3 + 2]];
  return ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
}

// Tessellates and checks the result covers exactly the polygon: area, centroids, winding.
Triangles expectExactCover(const Rings& rings) {
  Triangles t;
  EXPECT_TRUE(tessellatePolygon(rings, t));
  EXPECT_EQ(t.indices.size() % 3, 0u);
  const double expected = ringsArea(rings);
  EXPECT_NEAR(trianglesArea(t), expected, expected * 1e-9);
  for (size_t tri = 0; tri < t.indices.size() / 3; ++tri) {
    EXPECT_TRUE(insidePolygon(rings, centroid(t, tri))) << "triangle " << tri;
    EXPECT_GT(signedTriangleArea(t, tri), 0) << "triangle " << tri;
  }
  return t;
}

Ring square(double x0, double y0, double size) {
  return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
}

Ring reversed(Ring r) {
  std::reverse(r.begin(), r.end());
  return r;
}

Ring closed(Ring r) {
  r.push_back(r.front());
  return r;
}

Ring star(int tips, double outer, double inner) {
  Ring r;
  for (int i = 0; i < tips * 2; ++i) {
    const double angle = i * std::numbers::pi / tips;
    const double radius = i % 2 == 0 ? outer : inner;
    r.push_back({radius * std::cos(angle), radius * std::sin(angle)});
  }
  return r;
}

TEST(Tessellate, SquareGivesTwoTrianglesWithSameArea) {
  const Triangles t = expectExactCover({square(0, 0, 10)});
  EXPECT_EQ(t.indices.size(), 6u);
  EXPECT_DOUBLE_EQ(trianglesArea(t), 100);
}

TEST(Tessellate, LShapePreservesAreaAndStaysInside) {
  const Ring l = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}};
  const Triangles t = expectExactCover({l});
  EXPECT_DOUBLE_EQ(ringsArea({l}), 6);
  EXPECT_EQ(t.indices.size(), 4u * 3);  // n - 2 triangles
}

TEST(Tessellate, StarPreservesAreaAndStaysInside) {
  const Triangles t = expectExactCover({star(7, 100, 30)});
  EXPECT_EQ(t.indices.size(), 12u * 3);
}

TEST(Tessellate, SquareWithOneHole) {
  const Rings rings = {square(0, 0, 10), square(3, 3, 4)};
  EXPECT_DOUBLE_EQ(ringsArea(rings), 100 - 16);
  expectExactCover(rings);
}

TEST(Tessellate, SquareWithSeveralHoles) {
  Rings rings = {square(0, 0, 100)};
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) rings.push_back(square(5 + i * 25, 5 + j * 25, 10 + i));
  rings.push_back(reversed(star(5, 8, 3)));  // holes need not be axis aligned or share winding
  for (MapPoint& p : rings.back()) p = {p.x + 50, p.y + 50};
  expectExactCover(rings);
}

TEST(Tessellate, HolesTouchingAtAVertexAndSharingTheirRightmostX) {
  const Rings rings = {square(0, 0, 10), {{2, 2}, {4, 2}, {4, 4}, {2, 4}}, {{4, 4}, {6, 4}, {6, 6}}};
  expectExactCover(rings);
}

TEST(Tessellate, OrientationDoesNotMatter) {
  const Rings ccw = {star(6, 50, 20), square(-5, -5, 10)};
  const Rings cw = {reversed(ccw[0]), reversed(ccw[1])};
  const Triangles a = expectExactCover(ccw);
  const Triangles b = expectExactCover(cw);
  EXPECT_NEAR(trianglesArea(a), trianglesArea(b), 1e-9 * trianglesArea(a));
}

TEST(Tessellate, ClosedAndOpenRingsAgree) {
  const Rings open = {star(5, 10, 4), square(-1, -1, 2)};
  const Rings shut = {closed(open[0]), closed(open[1])};
  EXPECT_DOUBLE_EQ(ringsArea(open), ringsArea(shut));
  const Triangles a = expectExactCover(open);
  const Triangles b = expectExactCover(shut);
  EXPECT_EQ(a.indices.size(), b.indices.size());
}

TEST(Tessellate, AppendsWithIndexOffset) {
  Triangles t;
  ASSERT_TRUE(tessellatePolygon({square(0, 0, 1)}, t));
  const size_t firstVertices = t.vertices.size();
  ASSERT_TRUE(tessellatePolygon({square(5, 5, 2)}, t));
  EXPECT_EQ(t.indices.size(), 12u);
  for (size_t i = 6; i < 12; ++i) EXPECT_GE(t.indices[i], firstVertices);
  EXPECT_DOUBLE_EQ(trianglesArea(t), 1 + 4);
}

TEST(Tessellate, DegenerateInputsReturnFalseAndAppendNothing) {
  const Rings cases[] = {
      {},
      {{}},
      {{{0, 0}, {1, 1}}},
      {{{0, 0}, {1, 1}, {2, 2}, {3, 3}}},        // collinear
      {{{1, 1}, {1, 1}, {1, 1}, {1, 1}}},        // one repeated point
      {{{0, 0}, {1, 0}, {0, 0}}},                // spike with no area
      {{{0, 0}, {NAN, 0}, {1, 1}, {0, 1}}},      // corrupt coordinate
  };
  for (const Rings& rings : cases) {
    Triangles t;
    t.vertices.push_back({7, 7});
    EXPECT_FALSE(tessellatePolygon(rings, t));
    EXPECT_EQ(t.vertices.size(), 1u);
    EXPECT_TRUE(t.indices.empty());
  }
}

TEST(Tessellate, DuplicateAndCollinearPointsKeepArea) {
  const Ring messy = {{0, 0}, {0, 0}, {5, 0}, {10, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}, {0, 10}};
  const Rings rings = {messy, {{2, 2}, {2, 2}, {2, 4}, {4, 4}}, {{1, 1}, {1, 1}}};  // last hole is junk
  const Triangles t = expectExactCover(rings);
  EXPECT_DOUBLE_EQ(trianglesArea(t), 100 - 2);
}

TEST(Tessellate, SelfIntersectingInputTerminatesWithValidIndices) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> coord(0, 100);
  for (int round = 0; round < 20; ++round) {
    Ring chaos;
    for (int i = 0; i < 60; ++i) chaos.push_back({coord(rng), coord(rng)});
    Triangles t;
    if (!tessellatePolygon({chaos, square(40, 40, 10)}, t)) continue;
    ASSERT_EQ(t.indices.size() % 3, 0u);
    for (uint32_t i : t.indices) ASSERT_LT(i, t.vertices.size());
  }
  const Ring bowtie = {{0, 0}, {10, 10}, {10, 0}, {0, 10}};
  Triangles t;
  tessellatePolygon({bowtie}, t);
  for (uint32_t i : t.indices) ASSERT_LT(i, t.vertices.size());
}

TEST(Tessellate, LargeNoisyCircleWithHolesPreservesArea) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> noise(-0.03, 0.03);
  const double radius = 1e6;  // metres, so coordinates look like a projected coastline
  Rings rings(1);
  const int count = 50000;
  for (int i = 0; i < count; ++i) {
    const double angle = 2 * std::numbers::pi * i / count;
    const double r = radius * (1 + noise(rng));
    rings[0].push_back({3e6 + r * std::cos(angle), 5e6 + r * std::sin(angle)});
  }
  for (int h = 0; h < 50; ++h) {  // small jagged holes on a grid well inside the coast
    const double dx = (h % 8 - 3.5) * 1.6e5, dy = (h / 8 - 3.0) * 1.6e5;
    Ring hole = star(4 + h % 5, 2e4, 8e3);
    for (MapPoint& p : hole) p = {p.x + 3e6 + dx, p.y + 5e6 + dy};
    rings.push_back(h % 2 ? hole : reversed(hole));
  }
  Triangles t;
  ASSERT_TRUE(tessellatePolygon(rings, t));
  const double expected = ringsArea(rings);
  EXPECT_NEAR(trianglesArea(t), expected, expected * 1e-6);
  size_t holeVertices = 0;
  for (size_t r = 1; r < rings.size(); ++r) holeVertices += rings[r].size();
  EXPECT_EQ(t.indices.size() / 3, count + holeVertices + 2 * 50 - 2);  // n + 2h - 2 triangles
}

}  // namespace
}  // namespace itinera
