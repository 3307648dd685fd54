// Named views: the parts of Panama a briefing shows, as lon/lat boxes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/geo/projection.h"

namespace itinera {

struct NamedView {
  std::string name;
  std::string title;
  LonLat southWest;
  LonLat northEast;
};

const std::vector<NamedView>& namedViews();
std::optional<NamedView> findView(const std::string& name);
std::string viewNamesList();  // "overview, panama-city, canal, darien"

// The projected box that contains the view's lon/lat box (edges sampled, since
// straight lon/lat edges are curves on the map).
MapBox projectedBox(const NamedView& view, const Projection& projection);

// A camera framing `view` in a viewport of the given size.
Camera cameraForView(const NamedView& view, const Projection& projection, Viewport viewport);

}  // namespace itinera
