// What lies under the cursor: place markers and areas in screen space, testable without a window.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/geo/projection.h"
#include "core/trip/trip.h"

namespace itinera {

// Generous enough for touchpads and projector remotes; multiply by the UI scale.
inline constexpr double kPickTolerancePx = 8;
inline double defaultPickTolerancePx(double uiScale) { return kPickTolerancePx * uiScale; }

// A marker (a disc) or an area (its rings; `centre` is its projected representative point and
// `radiusPx` is 0).
struct PickTarget {
  std::string placeId;
  ScreenPoint centre;
  double radiusPx = 0;
  bool area = false;
};

// Events at the place and at places inside it (through `parent` links).
size_t eventCountAt(const Trip& trip, const std::string& placeId);

// 7 px plus 2 px per event, at most 16 px, times `uiScale`.
double markerRadiusPx(size_t eventCount, double uiScale);

// Where a place's marker is drawn (and what `itinera locate --place` reports): the place's point,
// or an area's representative point; nullopt for an unknown place.
std::optional<LonLat> placeMarkerLocation(const Trip& trip, const std::string& placeId);

// Whether a place gets a marker: it hosts an event itself or a leg starts or ends there, or it is a
// point that contains no other place (a site with no events yet). (An area such as a province
// that only contains event places is picked by its outline instead.)
bool hasMarker(const Trip& trip, const std::string& placeId);

// The trip's markers and area outlines in map space, projected once: hovering asks it on
// every frame, and only the camera changes from one frame to the next.
class PlacePicker {
 public:
  PlacePicker(const Trip& trip, const Projection& projection, double uiScale);

  // Every marker, then every area place, in trip order, through `camera`.
  std::vector<PickTarget> targets(const Camera& camera) const;
  // The place under `cursor`: the marker nearest to it among those whose disc, widened by
  // `tolerancePx`, contains it (on a tie the innermost place, a child before its parent); failing
  // that, the smallest area whose outline contains it; else nullopt.
  std::optional<std::string> pick(const Camera& camera, ScreenPoint cursor, double tolerancePx) const;

 private:
  using Rings = std::vector<std::vector<MapPoint>>;
  struct Marker {
    std::string placeId;
    MapPoint at;
    double radiusPx;
    int depth;
  };
  struct Area {
    std::string placeId;
    MapPoint at;
    std::vector<Rings> polygons;
    double size;  // square metres, holes excluded
  };
  std::vector<Marker> markers_;
  std::vector<Area> areas_;
};

}  // namespace itinera
