// The named views and how to frame them.
#include "core/camera/views.h"

namespace itinera {

const std::vector<NamedView>& namedViews() {
  static const std::vector<NamedView> views = {
      {"overview", "Panama", {-83.1, 7.15}, {-77.15, 9.7}},
      {"panama-city", "Panama City", {-79.62, 8.90}, {-79.38, 9.08}},
      {"canal", "The Panama Canal", {-80.02, 8.86}, {-79.48, 9.40}},
      {"darien", "The Darién", {-78.55, 7.15}, {-77.15, 8.95}},
  };
  return views;
}

std::optional<NamedView> findView(const std::string& name) {
  for (auto& v : namedViews())
    if (v.name == name) return v;
  return std::nullopt;
}

std::string viewNamesList() {
  std::string out;
  for (auto& v : namedViews()) out += (out.empty() ? "" : ", ") + v.name;
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
