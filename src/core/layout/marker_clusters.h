// Markers that crowd one spot on screen gathered into one cluster, shown as a badge with a count.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/camera/camera.h"

namespace itinera {

struct ClusterInput {
  ScreenPoint at;
  double radiusPx = 0;
};

struct MarkerCluster {
  std::vector<size_t> members;  // indices into the inputs, in input order
  ScreenPoint at;               // the members' mean position, where the badge goes
};

// Groups markers whose discs come within `gapPx` of one another (and markers linked through
// such neighbours). Each marker is in exactly one group; a group of one is a lone marker.
// `keepAlone` (the current event's place) is never clustered, so it stays visible and named;
// its neighbours cluster among themselves. Groups come in the order of their first member.
std::vector<MarkerCluster> clusterMarkers(const std::vector<ClusterInput>& markers, double gapPx,
                                          std::optional<size_t> keepAlone = std::nullopt);

// Where a cluster's badge goes so it does not cover the marker kept alone (radius `keepR`):
// pushed from `keep` along the line to `badge` (up and to the left when they coincide) until
// the two discs are `gapPx` apart; unchanged when they already are.
ScreenPoint badgeClearOf(ScreenPoint badge, double badgeR, ScreenPoint keep, double keepR, double gapPx);

// The badge's radius for a cluster of `count` markers at the UI's scale.
double clusterBadgeRadiusPx(size_t count, double uiScale);

}  // namespace itinera
