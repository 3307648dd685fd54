// Validation of coordinates: inside the file's bbox and the caller's area of use, sensible
// uncertainty radii, and legs whose routes start and end at their places.
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/geo/great_circle.h"
#include "core/trip/trip_checks.h"

namespace itinera::detail {
namespace {

std::string formatPoint(LonLat p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "[%.5f, %.5f]", p.lon, p.lat);
  return buf;
}

std::string formatBox(const LonLatBox& b) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "lon %.4g..%.4g, lat %.4g..%.4g", b.west, b.east, b.south, b.north);
  return buf;
}

class BoxChecker {
 public:
  BoxChecker(const Trip& trip, const TripLoadOptions& options, ProblemSink& sink)
      : bbox_(trip.bbox), area_(options.areaOfUse), sink_(sink) {}

  // Reports the first of `points` outside a box; returns false if one is.
  bool check(const std::string& item, const std::string& field, const std::vector<LonLat>& points) const {
    for (const LonLat& p : points) {
      if (bbox_ && !bbox_->contains(p)) {
        sink_.add(item, field, formatPoint(p) + " is outside the file's bbox (" + formatBox(*bbox_) + ")");
        return false;
      }
      if (area_ && !area_->contains(p)) {
        sink_.add(item, field, formatPoint(p) + " is outside the area of use (" + formatBox(*area_) + ")");
        return false;
      }
    }
    return true;
  }

 private:
  std::optional<LonLatBox> bbox_, area_;
  ProblemSink& sink_;
};

std::vector<LonLat> allPoints(const Place& p) {
  std::vector<LonLat> out{p.location};
  for (const Polygon& polygon : p.areas)
    for (const Ring& ring : polygon) out.insert(out.end(), ring.begin(), ring.end());
  return out;
}

LonLatBox boundsOf(const Place& place) {
  LonLatBox b{1e9, 1e9, -1e9, -1e9};
  for (const LonLat& q : allPoints(place)) {
    b.west = std::fmin(b.west, q.lon), b.east = std::fmax(b.east, q.lon);
    b.south = std::fmin(b.south, q.lat), b.north = std::fmax(b.north, q.lat);
  }
  constexpr double kMargin = 0.05;  // degrees, about 5 km
  return {b.west - kMargin, b.south - kMargin, b.east + kMargin, b.north + kMargin};
}

// How far from a place's point a route may start or end.
double toleranceMetres(const Place& p) {
  switch (p.precision) {
    case LocationPrecision::Exact: return 1000;
    case LocationPrecision::Approximate: return p.uncertaintyM + 1000;
    case LocationPrecision::City: return 20000;
    case LocationPrecision::Region: return 100000;
  }
  return 1000;
}

// Area bounds, computed once per area however many legs end there.
class AreaBounds {
 public:
  const LonLatBox& of(const Place& p) {
    auto it = cache_.find(&p);
    if (it == cache_.end()) it = cache_.emplace(&p, boundsOf(p)).first;
    return it->second;
  }

 private:
  std::unordered_map<const Place*, LonLatBox> cache_;
};

void checkLegEnd(const Leg& leg, const char* field, const Place* place, LonLat end, AreaBounds& areas,
                 ProblemSink& sink) {
  if (!place || !place->located) return;  // an unreadable place geometry is reported at the place
  bool near = place->isArea() ? areas.of(*place).contains(end)
                              : greatCircleMetres(place->location, end) <= toleranceMetres(*place);
  if (!near)
    sink.add(leg.id, "geometry", std::string("the route's ") + field + " " + formatPoint(end) + " is not at " +
                                     place->id + " " + formatPoint(place->location));
}

void checkBbox(const Trip& trip, ProblemSink& sink) {
  if (!trip.bbox) return;
  const LonLatBox& b = *trip.bbox;
  bool ok = std::isfinite(b.west) && std::isfinite(b.east) && std::isfinite(b.south) && std::isfinite(b.north) &&
            b.west >= -180 && b.east <= 180 && b.south >= -90 && b.north <= 90 && b.west < b.east && b.south < b.north;
  if (!ok) sink.add("", "bbox", "must be [west, south, east, north] in degrees, west < east, south < north");
}

}  // namespace

void checkSpace(const Trip& trip, const TripLoadOptions& options, ProblemSink& sink) {
  checkBbox(trip, sink);
  BoxChecker boxes(trip, options, sink);
  for (const Place& p : trip.places) {
    if (p.located) boxes.check(p.id, "geometry", allPoints(p));
    if (p.precision == LocationPrecision::Approximate && !(p.uncertaintyM > 0))
      sink.add(p.id, "properties.uncertainty_m", "an approximate place needs an uncertainty radius above 0");
  }
  for (const Event& e : trip.events)
    if (e.point) boxes.check(e.id, "geometry", {*e.point});
  AreaBounds areas;
  for (const Leg& l : trip.legs) {
    if (l.route.empty() || !boxes.check(l.id, "geometry", l.route)) continue;
    checkLegEnd(l, "start", trip.place(l.from), l.route.front(), areas, sink);
    checkLegEnd(l, "end", trip.place(l.to), l.route.back(), areas, sink);
  }
}

}  // namespace itinera::detail
