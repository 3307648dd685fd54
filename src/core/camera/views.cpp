// The named views of a trip, given or derived, and how to frame them.
#include "core/camera/views.h"

#include <algorithm>
#include <numeric>

#include "core/geo/great_circle.h"

namespace itinera {
namespace {

// A lon/lat box grown point by point.
struct Extent {
  double west = 1e9, south = 1e9, east = -1e9, north = -1e9;
  bool empty() const { return west > east; }
  void add(LonLat p) {
    west = std::min(west, p.lon), east = std::max(east, p.lon);
    south = std::min(south, p.lat), north = std::max(north, p.lat);
  }
  void merge(const Extent& e) {
    if (!e.empty()) add(LonLat{e.west, e.south}), add(LonLat{e.east, e.north});
  }
};

Extent placeExtent(const Place& p) {
  Extent e;
  if (!p.located) return e;
  e.add(p.location);
  for (const Polygon& polygon : p.areas)
    for (const LonLat& q : polygon.front()) e.add(q);
  return e;
}

// A view of `e` with a margin of 10% on each side, and at least about 20 km across, so a
// single point shows its surroundings.
NamedView viewOf(const Extent& e, std::string name, std::string title) {
  double padLon = std::max(0.1 * (e.east - e.west), 0.1), padLat = std::max(0.1 * (e.north - e.south), 0.1);
  return {std::move(name), std::move(title),
          {std::max(-180.0, e.west - padLon), std::max(-85.0, e.south - padLat)},
          {std::min(180.0, e.east + padLon), std::min(85.0, e.north + padLat)}};
}

double extentGapKm(const Extent& a, const Extent& b) {
  LonLat pa{std::clamp(b.west, a.west, a.east), std::clamp(b.south, a.south, a.north)};
  LonLat pb{std::clamp(pa.lon, b.west, b.east), std::clamp(pa.lat, b.south, b.north)};
  return greatCircleMetres(pa, pb) / 1000;
}

// Single-linkage clusters of the located places: indices into trip.places, in file order.
std::vector<std::vector<size_t>> placeClusters(const Trip& trip, const std::vector<Extent>& extents) {
  std::vector<size_t> root(trip.places.size());
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](size_t i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  };
  for (size_t i = 0; i < extents.size(); ++i)
    for (size_t j = i + 1; j < extents.size(); ++j)
      if (!extents[i].empty() && !extents[j].empty() && extentGapKm(extents[i], extents[j]) < kViewClusterKm)
        root[find(j)] = find(i);
  std::vector<std::vector<size_t>> clusters;
  std::vector<long> clusterOf(trip.places.size(), -1);
  for (size_t i = 0; i < extents.size(); ++i) {
    if (extents[i].empty()) continue;
    size_t r = find(i);
    if (clusterOf[r] < 0) clusterOf[r] = long(clusters.size()), clusters.emplace_back();
    clusters[size_t(clusterOf[r])].push_back(i);
  }
  return clusters;
}

// The place of a cluster that contains most of its others (the first such in the file).
const Place& clusterHead(const Trip& trip, const std::vector<size_t>& cluster) {
  size_t best = cluster.front();
  int bestCount = -1;
  for (size_t i : cluster) {
    int count = 0;
    for (size_t j : cluster) count += j != i && trip.placeWithin(trip.places[j].id, trip.places[i].id);
    if (count > bestCount) best = i, bestCount = count;
  }
  return trip.places[best];
}

std::vector<NamedView> derivedViews(const Trip& trip) {
  std::vector<Extent> extents;
  Extent all;
  for (const Place& p : trip.places) all.merge(extents.emplace_back(placeExtent(p)));
  for (const Leg& l : trip.legs)
    for (const LonLat& q : l.route) all.add(q);
  if (all.empty()) all.add(LonLat{0, 0});
  std::vector<NamedView> views{viewOf(all, "overview", "Whole trip")};
  auto clusters = placeClusters(trip, extents);
  if (clusters.size() < 2) return views;
  for (const auto& cluster : clusters) {
    Extent e;
    for (size_t i : cluster) e.merge(extents[i]);
    const Place& head = clusterHead(trip, cluster);
    views.push_back(viewOf(e, head.id, head.name));
  }
  return views;
}

}  // namespace

std::vector<NamedView> tripViews(const Trip& trip) {
  if (trip.views.empty()) return derivedViews(trip);
  std::vector<NamedView> views;
  for (const TripView& v : trip.views) {
    if (v.bbox) {
      views.push_back({v.name, v.title, {v.bbox->west, v.bbox->south}, {v.bbox->east, v.bbox->north}});
      continue;
    }
    Extent e;
    for (const std::string& id : v.places)
      if (const Place* p = trip.place(id)) e.merge(placeExtent(*p));
    if (e.empty()) e.add(LonLat{0, 0});
    views.push_back(viewOf(e, v.name, v.title));
  }
  return views;
}

std::optional<NamedView> findView(const std::vector<NamedView>& views, const std::string& name) {
  for (auto& v : views)
    if (v.name == name) return v;
  return std::nullopt;
}

std::string viewNamesList(const std::vector<NamedView>& views) {
  std::string out;
  for (auto& v : views) out += (out.empty() ? "" : ", ") + v.name;
  return out;
}

MapBox projectedBox(const NamedView& view, const Projection& projection) {
  MapBox box;
  const int steps = 16;
  for (int i = 0; i <= steps; ++i) {
    double t = double(i) / steps;
    double lon = view.southWest.lon + t * (view.northEast.lon - view.southWest.lon);
    double lat = view.southWest.lat + t * (view.northEast.lat - view.southWest.lat);
    box.extend(projection.toMap({lon, view.southWest.lat}));
    box.extend(projection.toMap({lon, view.northEast.lat}));
    box.extend(projection.toMap({view.southWest.lon, lat}));
    box.extend(projection.toMap({view.northEast.lon, lat}));
  }
  return box;
}

Camera cameraForView(const NamedView& view, const Projection& projection, Viewport viewport) {
  Camera camera;
  camera.viewport = viewport;
  camera.fit(projectedBox(view, projection));
  return camera;
}

}  // namespace itinera
