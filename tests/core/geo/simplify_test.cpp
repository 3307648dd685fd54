// Tests for Douglas–Peucker line and ring simplification, and topology-preserving polygon simplification.
#include "core/geo/simplify.h"

#include <geos_c.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace itinera {
namespace {

using Line = std::vector<MapPoint>;

bool same(MapPoint a, MapPoint b) { return a.x == b.x && a.y == b.y; }

double distanceToSegment(MapPoint p, MapPoint a, MapPoint b) {
  const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0;
  return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

// The result must be a subsequence of the input, and every dropped input point must lie within
// tolerance of the simplified segment that replaced it.
void expectRemovedPointsWithinTolerance(const Line& input, const Line& result, double tolerance) {
  ASSERT_GE(result.size(), 2u);
  ASSERT_TRUE(same(input.front(), result.front()));
  size_t kept = 0;  // index in result of the last kept point passed
  for (size_t i = 1; i < input.size(); ++i) {
    if (kept + 1 < result.size() && same(input[i], result[kept + 1])) {
      ++kept;
      continue;
    }
    ASSERT_LT(kept + 1, result.size()) << "point " << i << " lies past the simplified end";
    EXPECT_LE(distanceToSegment(input[i], result[kept], result[kept + 1]), tolerance * (1 + 1e-12))
        << "point " << i;
  }
  EXPECT_EQ(kept + 1, result.size()) << "result is not a subsequence of the input";
}

Line randomWalk(size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> step(0, 10);
  Line line{{0, 0}};
  while (line.size() < count) line.push_back({line.back().x + step(rng) + 3, line.back().y + step(rng)});
  return line;
}

Line noisyCircleRing(size_t count, double radius, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> noise(-0.02, 0.02);
  Line ring;
  for (size_t i = 0; i < count; ++i) {
    const double angle = 2 * std::numbers::pi * i / count, r = radius * (1 + noise(rng));
    ring.push_back({r * std::cos(angle), r * std::sin(angle)});
  }
  ring.push_back(ring.front());
  return ring;
}

using Polygon = std::vector<Line>;

// Whether GEOS finds the polygon valid: no ring crosses itself, no hole crosses or leaves its shell.
bool isValidPolygon(const Polygon& polygon) {
  GEOSContextHandle_t h = GEOS_init_r();
  auto ring = [h](const Line& r) {
    return GEOSGeom_createLinearRing_r(h, GEOSCoordSeq_copyFromBuffer_r(h, &r.front().x, unsigned(r.size()), 0, 0));
  };
  std::vector<GEOSGeometry*> holes;
  for (size_t i = 1; i < polygon.size(); ++i) holes.push_back(ring(polygon[i]));
  GEOSGeometry* g = GEOSGeom_createPolygon_r(h, ring(polygon.front()), holes.data(), unsigned(holes.size()));
  const bool valid = g && GEOSisValid_r(h, g) == 1;
  GEOSGeom_destroy_r(h, g);
  GEOS_finish_r(h);
  return valid;
}

Polygon ringByRing(const Polygon& polygon, double tolerance) {
  Polygon out;
  for (const Line& r : polygon) out.push_back(simplifyRing(r, tolerance));
  return out;
}

size_t pointCount(const Polygon& polygon) {
  size_t n = 0;
  for (const Line& r : polygon) n += r.size();
  return n;
}

// A rectangle whose top edge bulges up by 0.8 at x = 50 and whose bottom edge has a narrow
// spike reaching up to y = 10.5, under the bulge; plus wobbles on the bottom edge, below 1.
Line bulgeOverSpike() {
  return {{0, 0}, {20, 0.3}, {30, -0.2}, {45, 0}, {50, 10.5}, {55, 0}, {70, 0.3}, {85, -0.2}, {100, 0},
          {100, 10}, {50, 10.8}, {0, 10}, {0, 0}};
}

TEST(Simplify, StraightLineReducesToEndpoints) {
  Line line;
  for (int i = 0; i <= 1000; ++i) line.push_back({i * 3.0, i * -2.0 + 7});
  const Line result = simplifyLine(line, 0.01);
  ASSERT_EQ(result.size(), 2u);
  EXPECT_TRUE(same(result.front(), line.front()));
  EXPECT_TRUE(same(result.back(), line.back()));
}

TEST(Simplify, ZigZagAboveToleranceKeepsCorners) {
  Line zigzag;
  for (int i = 0; i < 50; ++i) zigzag.push_back({i * 10.0, i % 2 == 0 ? 0.0 : 5.0});
  const Line result = simplifyLine(zigzag, 2.0);
  ASSERT_EQ(result.size(), zigzag.size());
  for (size_t i = 0; i < zigzag.size(); ++i) EXPECT_TRUE(same(result[i], zigzag[i])) << i;
}

TEST(Simplify, ZigZagBelowToleranceFlattens) {
  Line zigzag;
  for (int i = 0; i < 51; ++i) zigzag.push_back({i * 10.0, i % 2 == 0 ? 0.0 : 0.5});
  EXPECT_EQ(simplifyLine(zigzag, 1.0).size(), 2u);
}

TEST(Simplify, ZeroToleranceKeepsAllDistinctPoints) {
  Line line = randomWalk(300, 3);
  line.push_back({line.back().x + 5, line.back().y});  // a collinear run is kept too
  line.push_back({line.back().x + 5, line.back().y});
  Line withRepeats;
  for (const MapPoint& p : line) {
    withRepeats.push_back(p);
    if (withRepeats.size() % 7 == 0) withRepeats.push_back(p);
  }
  const Line result = simplifyLine(withRepeats, 0);
  ASSERT_EQ(result.size(), line.size());
  for (size_t i = 0; i < line.size(); ++i) EXPECT_TRUE(same(result[i], line[i])) << i;
}

TEST(Simplify, RemovedPointsLieWithinTolerance) {
  const Line line = randomWalk(5000, 11);
  for (double tolerance : {1.0, 10.0, 50.0}) {
    const Line result = simplifyLine(line, tolerance);
    EXPECT_LT(result.size(), line.size()) << tolerance;
    EXPECT_TRUE(same(result.back(), line.back()));
    expectRemovedPointsWithinTolerance(line, result, tolerance);
  }
  EXPECT_LT(simplifyLine(line, 50.0).size(), line.size() / 4);
}

TEST(Simplify, ShortLinesAreReturnedAsIs) {
  EXPECT_TRUE(simplifyLine({}, 1).empty());
  EXPECT_EQ(simplifyLine({{1, 2}}, 1).size(), 1u);
  EXPECT_EQ(simplifyLine({{1, 2}, {3, 4}}, 1).size(), 2u);
}

TEST(Simplify, RingStaysClosedWithAtLeastFourPoints) {
  const Line ring = noisyCircleRing(2000, 1000, 5);
  for (double tolerance : {1.0, 30.0, 500.0, 5000.0}) {
    const Line result = simplifyRing(ring, tolerance);
    ASSERT_GE(result.size(), 4u) << tolerance;
    EXPECT_TRUE(same(result.front(), result.back())) << tolerance;
    EXPECT_LE(result.size(), ring.size());
    expectRemovedPointsWithinTolerance(ring, result, tolerance);
  }
  EXPECT_LT(simplifyRing(ring, 30.0).size(), ring.size() / 4);
}

TEST(Simplify, RingThatWouldCollapseIsReturnedUnchanged) {
  const Line sliver = {{0, 0}, {100, 0.1}, {200, 0}, {100, -0.1}, {0, 0}};
  const Line result = simplifyRing(sliver, 1.0);
  ASSERT_EQ(result.size(), sliver.size());
  for (size_t i = 0; i < sliver.size(); ++i) EXPECT_TRUE(same(result[i], sliver[i]));
}

TEST(Simplify, OpenRingStaysOpen) {
  Line ring = noisyCircleRing(500, 1000, 9);
  ring.pop_back();
  const Line result = simplifyRing(ring, 20.0);
  ASSERT_GE(result.size(), 3u);
  EXPECT_FALSE(same(result.front(), result.back()));
  EXPECT_LT(result.size(), ring.size());
}


TEST(Simplify, PolygonRingDoesNotCrossItselfWhereDouglasPeuckerWould) {
  const Polygon polygon = {bulgeOverSpike()};
  ASSERT_TRUE(isValidPolygon(polygon));
  // Plain Douglas–Peucker drops the bulge: the top edge then cuts through the spike.
  ASSERT_FALSE(isValidPolygon(ringByRing(polygon, 1.0)));
  const Polygon result = simplifyPolygon(polygon, 1.0);
  EXPECT_TRUE(isValidPolygon(result));
  EXPECT_LT(pointCount(result), pointCount(polygon));  // the wobbles still go
  expectRemovedPointsWithinTolerance(polygon[0], result[0], 1.0);
}

TEST(Simplify, PolygonWhoseRingsStayApartIsSimplifiedRingByRing) {
  const Polygon polygon = {noisyCircleRing(2000, 1000, 5), noisyCircleRing(300, 200, 6)};
  const Polygon result = simplifyPolygon(polygon, 30.0);
  const Polygon expected = ringByRing(polygon, 30.0);
  ASSERT_EQ(result.size(), expected.size());
  for (size_t r = 0; r < result.size(); ++r) {
    ASSERT_EQ(result[r].size(), expected[r].size()) << r;
    for (size_t i = 0; i < result[r].size(); ++i) EXPECT_TRUE(same(result[r][i], expected[r][i])) << r << ":" << i;
  }
}

TEST(Simplify, PolygonHoleStaysInsideItsShell) {
  // A hole straddling y = 10, which only the shell's bulge keeps inside.
  const Polygon polygon = {{{0, 0}, {100, 0}, {100, 10}, {50, 10.8}, {0, 10}, {0, 0}},
                           {{48, 9.5}, {52, 9.5}, {52, 10.5}, {48, 10.5}, {48, 9.5}}};
  ASSERT_TRUE(isValidPolygon(polygon));
  ASSERT_FALSE(isValidPolygon(ringByRing(polygon, 1.0)));
  const Polygon result = simplifyPolygon(polygon, 1.0);
  ASSERT_EQ(result.size(), 2u);
  EXPECT_TRUE(isValidPolygon(result));
}

TEST(Simplify, PolygonRingsKeepClosednessAndDegenerateRingsPassThrough) {
  Line open = noisyCircleRing(500, 1000, 9);
  open.pop_back();
  const Line degenerateHole = {{0, 0}, {1, 1}, {0, 0}};
  const Polygon result = simplifyPolygon({open, degenerateHole}, 20.0);
  ASSERT_EQ(result.size(), 2u);
  EXPECT_FALSE(same(result[0].front(), result[0].back()));
  EXPECT_LT(result[0].size(), open.size() / 2);
  ASSERT_EQ(result[1].size(), degenerateHole.size());
  Line closed = open;
  closed.push_back(open.front());
  const Line closedResult = simplifyPolygon({closed}, 20.0)[0];
  EXPECT_TRUE(same(closedResult.front(), closedResult.back()));
  expectRemovedPointsWithinTolerance(closed, closedResult, 20.0);
  EXPECT_EQ(simplifyPolygon({closed}, 0)[0].size(), closed.size());
  const Polygon noShell = simplifyPolygon({degenerateHole, closed}, 20.0);
  ASSERT_EQ(noShell.size(), 2u);
  EXPECT_EQ(noShell[0].size(), degenerateHole.size());
}

}  // namespace
}  // namespace itinera
