// Story framing: boxes around the places and legs that matter at a moment, and when to fly.
#include "core/camera/story_camera.h"

#include <algorithm>
#include <cmath>

#include "core/layout/picking.h"

namespace itinera {
namespace {

constexpr double kSizeRatioToFly = 1.6;
constexpr double kCentreShiftToFly = 0.3;

MapBox square(MapPoint centre, double side) {
  return MapBox{{centre.x - side / 2, centre.y - side / 2}, {centre.x + side / 2, centre.y + side / 2}};
}

// Grows `box` about its centre to at least `side` in each direction.
MapBox atLeast(MapBox box, double side) {
  MapPoint c = box.center();
  double w = std::max(box.width(), side) / 2, h = std::max(box.height(), side) / 2;
  return MapBox{{c.x - w, c.y - h}, {c.x + w, c.y + h}};
}

MapBox outline(const Place& place, const Projection& projection) {
  MapBox box;
  for (const Polygon& polygon : place.areas)
    if (!polygon.empty())
      for (LonLat p : polygon.front()) box.extend(projection.toMap(p));  // holes lie inside the outer ring
  return box;
}

MapBox eventFrame(const Trip& trip, const Projection& projection, const Event& event) {
  if (event.point) return square(projection.toMap(*event.point), kStoryMinFrameM);
  return placeFrame(trip, projection, event.place);
}

MapBox legFrame(const Trip& trip, const Projection& projection, const Leg& leg) {
  MapBox box = placeFrame(trip, projection, leg.from);
  box.extend(placeFrame(trip, projection, leg.to));
  for (LonLat p : leg.route) box.extend(projection.toMap(p));
  return box;
}

double size(const MapBox& b) { return std::max(b.width(), b.height()); }

}  // namespace

MapBox placeFrame(const Trip& trip, const Projection& projection, const std::string& placeId) {
  const Place* place = trip.place(placeId);
  if (!place) return {};
  if (place->isArea()) return atLeast(outline(*place, projection), kStoryMinFrameM);
  if (place->precision == LocationPrecision::Region) {
    const Place* parent = trip.place(place->parent);
    if (parent && parent->isArea()) return atLeast(outline(*parent, projection), kStoryMinFrameM);
    return square(projection.toMap(place->location), kStoryRegionFrameM);
  }
  if (place->precision == LocationPrecision::Approximate) {
    // A site known only roughly is shown with the area it lies in (the Darién, the Canal),
    // not blown up until its uncertainty fills the screen.
    const Place* parent = trip.place(place->parent);
    if (parent && parent->isArea()) return atLeast(outline(*parent, projection), kStoryMinFrameM);
    return square(projection.toMap(place->location), std::max(kStoryMinFrameM, 5 * place->uncertaintyM));
  }
  return square(projection.toMap(place->location), kStoryMinFrameM);
}

MapBox storyFrame(const Trip& trip, const Timeline& timeline, const Projection& projection, int64_t t) {
  using Status = Timeline::TravellerState::Status;
  Timeline::State state = timeline.at(t);
  MapBox busy, waiting;
  for (const Timeline::TravellerState& s : state.travellers) {
    if (s.status == Status::Travelling) busy.extend(legFrame(trip, projection, *s.leg));
    if (s.status == Status::AtEvent) busy.extend(eventFrame(trip, projection, *s.event));
    if (s.status == Status::Waiting) waiting.extend(placeFrame(trip, projection, s.place));
  }
  if (!busy.empty()) return busy;
  if (!waiting.empty()) return waiting;
  if (const Event* e = timeline.eventAt(t)) {
    MapBox box = eventFrame(trip, projection, *e);
    if (!box.empty()) return box;
  }
  MapBox overview;
  for (const Place& p : trip.places)
    if (hasMarker(trip, p.id)) overview.extend(placeFrame(trip, projection, p.id));
  return overview;
}

bool storyFrameChanged(const MapBox& a, const MapBox& b) {
  if (a.empty() || b.empty()) return a.empty() != b.empty();
  double larger = std::max(size(a), size(b)), smaller = std::min(size(a), size(b));
  if (smaller <= 0) return larger > 0 || a.center().x != b.center().x || a.center().y != b.center().y;
  if (larger / smaller > kSizeRatioToFly) return true;
  MapPoint ca = a.center(), cb = b.center();
  return std::hypot(ca.x - cb.x, ca.y - cb.y) > kCentreShiftToFly * larger;
}

}  // namespace itinera
