// Clustering crowded markers: overlapping discs group, distant ones do not, chains link, the
// current place stays alone, and the badge sits at the members' mean.
#include <gtest/gtest.h>

#include <cmath>

#include "core/layout/marker_clusters.h"

namespace itinera {
namespace {

std::vector<std::vector<size_t>> groups(const std::vector<MarkerCluster>& clusters) {
  std::vector<std::vector<size_t>> out;
  for (const MarkerCluster& c : clusters) out.push_back(c.members);
  return out;
}

using G = std::vector<std::vector<size_t>>;

TEST(MarkerClusters, OverlappingDiscsGroupAndDistantOnesStayAlone) {
  std::vector<ClusterInput> m{{{100, 100}, 10}, {{115, 100}, 10}, {{400, 300}, 10}, {{108, 112}, 10}};
  EXPECT_EQ(groups(clusterMarkers(m, 2)), (G{{0, 1, 3}, {2}}));
}

TEST(MarkerClusters, TheGapDecidesNeighboursJustApart) {
  std::vector<ClusterInput> m{{{0, 0}, 10}, {{25, 0}, 10}};  // 5 px between the discs' edges
  EXPECT_EQ(groups(clusterMarkers(m, 4)), (G{{0}, {1}}));
  EXPECT_EQ(groups(clusterMarkers(m, 6)), (G{{0, 1}}));
}

TEST(MarkerClusters, NeighboursOfNeighboursJoinOneCluster) {
  std::vector<ClusterInput> m{{{0, 0}, 10}, {{19, 0}, 10}, {{38, 0}, 10}, {{57, 0}, 10}};
  EXPECT_EQ(groups(clusterMarkers(m, 0)), (G{{0, 1, 2, 3}}));
}

TEST(MarkerClusters, TheCurrentPlaceIsNeverClustered) {
  std::vector<ClusterInput> m{{{100, 100}, 10}, {{105, 100}, 10}, {{110, 100}, 10}};
  EXPECT_EQ(groups(clusterMarkers(m, 2, 1)), (G{{0, 2}, {1}}));
  // Alone with one neighbour: the neighbour is a lone marker too.
  EXPECT_EQ(groups(clusterMarkers({m[0], m[1]}, 2, 0)), (G{{0}, {1}}));
}

TEST(MarkerClusters, TheBadgeSitsAtTheMembersMean) {
  auto clusters = clusterMarkers({{{100, 100}, 15}, {{110, 120}, 15}, {{120, 80}, 15}}, 2);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_DOUBLE_EQ(clusters[0].at.x, 110);
  EXPECT_DOUBLE_EQ(clusters[0].at.y, 100);
}

TEST(MarkerClusters, ABadgeIsPushedClearOfTheMarkerKeptAlone) {
  ScreenPoint moved = badgeClearOf({110, 100}, 15, {100, 100}, 10, 3);
  EXPECT_DOUBLE_EQ(moved.x, 128);
  EXPECT_DOUBLE_EQ(moved.y, 100);
  ScreenPoint far = badgeClearOf({200, 100}, 15, {100, 100}, 10, 3);
  EXPECT_DOUBLE_EQ(far.x, 200);
  ScreenPoint same = badgeClearOf({100, 100}, 15, {100, 100}, 10, 3);
  EXPECT_LT(same.x, 100);
  EXPECT_LT(same.y, 100);
  EXPECT_NEAR(std::hypot(same.x - 100, same.y - 100), 28, 1e-9);
}

TEST(MarkerClusters, NoMarkersNoClusters) { EXPECT_TRUE(clusterMarkers({}, 2).empty()); }

TEST(MarkerClusters, BadgeGrowsWithCountAndScale) {
  EXPECT_LT(clusterBadgeRadiusPx(2, 1), clusterBadgeRadiusPx(4, 1));
  EXPECT_DOUBLE_EQ(clusterBadgeRadiusPx(3, 2), 2 * clusterBadgeRadiusPx(3, 1));
  EXPECT_EQ(clusterBadgeRadiusPx(10, 1), clusterBadgeRadiusPx(40, 1));
}

}  // namespace
}  // namespace itinera
