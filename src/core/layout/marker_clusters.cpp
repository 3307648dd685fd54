// Single-linkage grouping of overlapping marker discs, by union-find.
#include "core/layout/marker_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace itinera {
namespace {

size_t root(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

std::vector<MarkerCluster> clusterMarkers(const std::vector<ClusterInput>& markers, double gapPx,
                                          std::optional<size_t> keepAlone) {
  std::vector<size_t> parent(markers.size());
  std::iota(parent.begin(), parent.end(), size_t{0});
  for (size_t i = 0; i < markers.size(); ++i)
    for (size_t j = i + 1; j < markers.size(); ++j) {
      if (i == keepAlone || j == keepAlone) continue;
      const ClusterInput &a = markers[i], &b = markers[j];
      if (std::hypot(a.at.x - b.at.x, a.at.y - b.at.y) < a.radiusPx + b.radiusPx + gapPx)
        parent[root(parent, j)] = root(parent, i);
    }
  std::vector<MarkerCluster> clusters;
  std::vector<size_t> clusterOfRoot(markers.size(), SIZE_MAX);
  for (size_t i = 0; i < markers.size(); ++i) {
    size_t r = root(parent, i);
    if (clusterOfRoot[r] == SIZE_MAX) clusterOfRoot[r] = clusters.size(), clusters.emplace_back();
    clusters[clusterOfRoot[r]].members.push_back(i);
  }
  for (MarkerCluster& c : clusters) {
    for (size_t i : c.members) c.at.x += markers[i].at.x, c.at.y += markers[i].at.y;
    c.at.x /= double(c.members.size()), c.at.y /= double(c.members.size());
  }
  return clusters;
}

ScreenPoint badgeClearOf(ScreenPoint badge, double badgeR, ScreenPoint keep, double keepR, double gapPx) {
  double dx = badge.x - keep.x, dy = badge.y - keep.y, d = std::hypot(dx, dy), need = badgeR + keepR + gapPx;
  if (d >= need) return badge;
  // Up and to the left: the current place's name is tried on its right first.
  if (d < 1e-6) dx = -1, dy = -1, d = std::sqrt(2.0);
  return {keep.x + dx / d * need, keep.y + dy / d * need};
}

double clusterBadgeRadiusPx(size_t count, double uiScale) {
  // Wide enough for two digits in the caption font, growing a little with the count.
  return (13 + std::min(6.0, 1.5 * double(count))) * uiScale;
}

}  // namespace itinera
