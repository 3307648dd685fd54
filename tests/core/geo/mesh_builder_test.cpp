// Tests for mesh building: levels of detail per scale, and what is too small to draw.
#include "core/geo/map_geometry.h"

#include <gtest/gtest.h>

namespace itinera {
namespace {

MapRing square(double x, double y, double side) {
  return {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
}

TEST(LevelOfDetail, SimplifiesWithinThreeQuartersToOneAndAHalfPixels) {
  for (double metresPerPixel : {1.0, 13.0, 30.0, 99.0, 100.0, 150.0, 333.0, 790.0, 2000.0}) {
    size_t level = lodForScale(metresPerPixel);
    double tolerance = kLodTolerances[level], most = 1.5 * metresPerPixel;
    EXPECT_LE(tolerance, most) << metresPerPixel;
    if (level + 1 < kLodTolerances.size()) EXPECT_GT(kLodTolerances[level + 1], most) << metresPerPixel;
    if (level > 0 && level + 1 < kLodTolerances.size()) EXPECT_GE(tolerance * 2, most) << metresPerPixel;
  }
  EXPECT_EQ(kLodTolerances[lodForScale(140)], 200.0);  // 1.43 px: coarser than a pixel, within 1.5
  EXPECT_EQ(kLodTolerances[lodForScale(130)], 100.0);  // 200 m would be 1.54 px
}

TEST(LevelOfDetail, NearestBuiltLevelPrefersTheCoarser) {
  std::array<bool, kLodTolerances.size()> built{};
  built[2] = built[4] = true;
  EXPECT_EQ(nearestBuiltLevel(built, 3), 4u);
  EXPECT_EQ(nearestBuiltLevel(built, 0), 2u);
  EXPECT_EQ(nearestBuiltLevel(built, 7), 4u);
}

TEST(MeshBuilder, IsletsTooSmallToSeeAreLeftOutOfLinesAndFills) {
  MapRing islet = square(1000, 1000, 150);    // 150 m across: under two tolerances of 100 m
  MapRing island = square(5000, 5000, 2000);  // twenty tolerances across
  MapRing river{{0, 0}, {50, 10}};            // an open line is kept however short
  LineMesh lines = buildLineMesh({&islet, &island, &river}, {0, 0}, 100);
  EXPECT_EQ(lines.indices.size(), (4 + 1) * 6u);  // the island's 4 sides and the river
  LineMesh full = buildLineMesh({&islet, &island, &river}, {0, 0}, 0);
  EXPECT_EQ(full.indices.size(), (4 + 4 + 1) * 6u);  // full detail keeps everything

  MapPolygon isletArea{islet}, islandArea{island};
  FillMesh fill = buildFillMesh({&isletArea, &islandArea}, {0, 0}, 100);
  double area = 0;
  for (size_t i = 0; i < fill.indices.size(); i += 3) {
    const FillVertex &a = fill.vertices[fill.indices[i]], &b = fill.vertices[fill.indices[i + 1]],
                     &c = fill.vertices[fill.indices[i + 2]];
    area += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
  }
  EXPECT_NEAR(area, 2000.0 * 2000.0, 1);
}

}  // namespace
}  // namespace itinera
