// Named views: the parts of a trip a briefing shows, as lon/lat boxes. They come from the trip's
// `views`, or are derived from its places: the whole trip, and one per cluster of places.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/geo/projection.h"
#include "core/trip/trip.h"

namespace itinera {

struct NamedView {
  std::string name;
  std::string title;
  LonLat southWest;
  LonLat northEast;
};

// Places closer than this (great-circle, between their points or areas' edges) share a derived view.
inline constexpr double kViewClusterKm = 60;

// The trip's own views when it names some; else "overview" (everything the trip shows) and,
// when its places fall in more than one cluster, one view per cluster, named after the place
// that contains most of the cluster's others (a city, a region).
std::vector<NamedView> tripViews(const Trip& trip);
std::optional<NamedView> findView(const std::vector<NamedView>& views, const std::string& name);
std::string viewNamesList(const std::vector<NamedView>& views);  // "overview, panama-city, canal, darien"

// The projected box that contains the view's lon/lat box (edges sampled, since
// straight lon/lat edges are curves on the map).
MapBox projectedBox(const NamedView& view, const Projection& projection);

// A camera framing `view` in a viewport of the given size.
Camera cameraForView(const NamedView& view, const Projection& projection, Viewport viewport);

}  // namespace itinera
