// Picking places under the cursor: nearest marker first, then the smallest containing area.
#include "core/layout/picking.h"

#include <algorithm>
#include <cmath>

namespace itinera {
namespace {

// Distances closer than this count as a tie (half a pixel: indistinguishable on screen).
constexpr double kTiePx = 0.5;

// How many parents a place has: deeper places are smaller.
int depth(const Trip& trip, const std::string& placeId) {
  const Place* p = trip.place(placeId);
  if (!p) return 0;
  return int(placeAncestors(*p, [&trip](const std::string& id) { return trip.place(id); }).size());
}

// Even-odd rule over all rings, so holes are excluded.
bool polygonContains(const std::vector<std::vector<MapPoint>>& rings, MapPoint q) {
  bool inside = false;
  for (const auto& ring : rings)
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const MapPoint& a = ring[i];
      const MapPoint& b = ring[j];
      if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
  return inside;
}

double ringArea(const std::vector<MapPoint>& ring) {
  double twice = 0;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return std::abs(twice) / 2;
}

// The outline of `place` in map space, one set of rings per polygon.
std::vector<std::vector<std::vector<MapPoint>>> projectedPolygons(const Place& place, const Projection& projection) {
  std::vector<std::vector<std::vector<MapPoint>>> out;
  for (const Polygon& polygon : place.areas) {
    std::vector<std::vector<MapPoint>> rings;
    for (const Ring& ring : polygon) {
      if (ring.empty()) continue;
      std::vector<LonLat> lonLat = ring;
      projection.toMap(lonLat, rings.emplace_back());
    }
    if (!rings.empty()) out.push_back(std::move(rings));
  }
  return out;
}

double polygonsArea(const std::vector<std::vector<std::vector<MapPoint>>>& polygons) {
  double area = 0;
  for (const auto& rings : polygons) {
    area += ringArea(rings.front());
    for (size_t i = 1; i < rings.size(); ++i) area -= ringArea(rings[i]);
  }
  return area;
}

struct MarkerHit {
  const PickTarget* target = nullptr;
  double distance = 0;
  int depth = 0;
};

bool betterHit(const MarkerHit& a, const MarkerHit& b) {
  if (std::abs(a.distance - b.distance) > kTiePx) return a.distance < b.distance;
  if (a.depth != b.depth) return a.depth > b.depth;
  if (a.target->radiusPx != b.target->radiusPx) return a.target->radiusPx < b.target->radiusPx;
  return a.target->placeId < b.target->placeId;
}

}  // namespace

size_t eventCountAt(const Trip& trip, const std::string& placeId) { return trip.eventsAt(placeId, true).size(); }

double markerRadiusPx(size_t eventCount, double uiScale) {
  return std::min(7.0 + 2.0 * double(eventCount), 16.0) * uiScale;
}

std::optional<LonLat> placeMarkerLocation(const Trip& trip, const std::string& placeId) {
  const Place* p = trip.place(placeId);
  if (!p) return std::nullopt;
  return p->location;
}

bool hasMarker(const Trip& trip, const std::string& placeId) {
  for (const Event& e : trip.events)
    if (e.place == placeId) return true;
  for (const Leg& l : trip.legs)
    if (l.from == placeId || l.to == placeId) return true;
  // A site nothing happens at yet (one just added in the editor) is still shown, plainly; a city
  // or region that only contains other places is not.
  const Place* place = trip.place(placeId);
  if (!place || place->isArea()) return false;
  for (const Place& p : trip.places)
    if (p.parent == placeId) return false;
  return true;
}

PlacePicker::PlacePicker(const Trip& trip, const Projection& projection, double uiScale) {
  for (const Place& p : trip.places)
    if (hasMarker(trip, p.id))
      markers_.push_back({p.id, projection.toMap(p.location), markerRadiusPx(eventCountAt(trip, p.id), uiScale),
                          depth(trip, p.id)});
  for (const Place& p : trip.places)
    if (p.isArea()) {
      auto polygons = projectedPolygons(p, projection);
      double size = polygonsArea(polygons);
      areas_.push_back({p.id, projection.toMap(p.location), std::move(polygons), size});
    }
}

std::vector<PickTarget> PlacePicker::targets(const Camera& camera) const {
  std::vector<PickTarget> out;
  for (const Marker& m : markers_) out.push_back({m.placeId, camera.toScreen(m.at), m.radiusPx, false});
  for (const Area& a : areas_) out.push_back({a.placeId, camera.toScreen(a.at), 0, true});
  return out;
}

std::optional<std::string> PlacePicker::pick(const Camera& camera, ScreenPoint cursor, double tolerancePx) const {
  std::vector<PickTarget> targets = this->targets(camera);
  std::optional<MarkerHit> best;
  for (size_t i = 0; i < markers_.size(); ++i) {
    const PickTarget& t = targets[i];
    double d = std::hypot(cursor.x - t.centre.x, cursor.y - t.centre.y);
    if (d > t.radiusPx + tolerancePx) continue;
    MarkerHit hit{&t, d, markers_[i].depth};
    if (!best || betterHit(hit, *best)) best = hit;
  }
  if (best) return best->target->placeId;
  // Areas: tested in map space, where the rings are; the smallest containing one wins.
  MapPoint q = camera.toMap(cursor);
  const Area* smallest = nullptr;
  for (const Area& a : areas_) {
    bool contains = false;
    for (const auto& rings : a.polygons) contains = contains || polygonContains(rings, q);
    if (contains && (!smallest || a.size < smallest->size)) smallest = &a;
  }
  if (!smallest) return std::nullopt;
  return smallest->placeId;
}

}  // namespace itinera
