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
  int d = 0;
  const Place* p = trip.place(placeId);
  while (p && !p->parent.empty() && d <= int(trip.places.size())) {  // bounded: parent links may loop
    p = trip.place(p->parent);
    ++d;
  }
  return d;
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

// The projected area of `place` when it contains `q`, else nullopt.
std::optional<double> containingArea(const Place& place, const Projection& projection, MapPoint q) {
  bool contains = false;
  double area = 0;
  for (const Polygon& polygon : place.areas) {
    std::vector<std::vector<MapPoint>> rings;
    for (const Ring& ring : polygon) {
      if (ring.empty()) continue;
      std::vector<LonLat> lonLat = ring;
      projection.toMap(lonLat, rings.emplace_back());
    }
    if (rings.empty()) continue;
    contains = contains || polygonContains(rings, q);
    area += ringArea(rings.front());
    for (size_t i = 1; i < rings.size(); ++i) area -= ringArea(rings[i]);
  }
  if (!contains) return std::nullopt;
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
  return false;
}

std::vector<PickTarget> pickTargets(const Trip& trip, const Projection& projection, const Camera& camera,
                                    double uiScale) {
  std::vector<PickTarget> out;
  for (const Place& p : trip.places)
    if (hasMarker(trip, p.id))
      out.push_back({p.id, camera.toScreen(projection.toMap(p.location)),
                     markerRadiusPx(eventCountAt(trip, p.id), uiScale), false});
  for (const Place& p : trip.places)
    if (p.isArea()) out.push_back({p.id, camera.toScreen(projection.toMap(p.location)), 0, true});
  return out;
}

std::optional<std::string> pickPlace(const Trip& trip, const Projection& projection, const Camera& camera,
                                     ScreenPoint cursor, double tolerancePx, double uiScale) {
  std::vector<PickTarget> targets = pickTargets(trip, projection, camera, uiScale);
  std::optional<MarkerHit> best;
  for (const PickTarget& t : targets) {
    if (t.area) continue;
    double d = std::hypot(cursor.x - t.centre.x, cursor.y - t.centre.y);
    if (d > t.radiusPx + tolerancePx) continue;
    MarkerHit hit{&t, d, depth(trip, t.placeId)};
    if (!best || betterHit(hit, *best)) best = hit;
  }
  if (best) return best->target->placeId;
  // Areas: tested in map space, where the rings are; the smallest containing one wins.
  MapPoint q = camera.toMap(cursor);
  std::optional<std::string> smallest;
  double smallestArea = 0;
  for (const Place& p : trip.places) {
    if (!p.isArea()) continue;
    std::optional<double> area = containingArea(p, projection, q);
    if (area && (!smallest || *area < smallestArea)) {
      smallest = p.id;
      smallestArea = *area;
    }
  }
  return smallest;
}

}  // namespace itinera
