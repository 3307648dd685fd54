// Map frames for slides and the handout, built from the story camera's place frames.
#include "export/slide_frame.h"

#include "core/camera/story_camera.h"

namespace itinera {
MapBox placesFrame(const Trip& trip, const Projection& projection, const std::vector<std::string>& placeIds) {
  MapBox box;
  for (const std::string& id : placeIds) {
    MapBox place = placeFrame(trip, projection, id);
    if (!place.empty()) box.extend(place);
  }
  return box;
}

MapBox dayFrame(const Trip& trip, const TripClock& clock, const Projection& projection,
                const std::vector<const Event*>& events) {
  std::vector<std::string> places;
  for (const Event* e : events) places.push_back(e->place);
  MapBox box = placesFrame(trip, projection, places);
  if (events.empty() || events.front()->time.precision == TimePrecision::Trip) return box;
  int64_t day = clock.localDay(events.front()->time.start.utc);
  for (const Leg& leg : trip.legs) {
    if (leg.time.precision == TimePrecision::Trip || clock.localDay(leg.time.start.utc) != day) continue;
    box.extend(placesFrame(trip, projection, {leg.from, leg.to}));
    for (LonLat p : leg.route) box.extend(projection.toMap(p));
  }
  return box;
}

MapBox tripFrame(const Trip& trip, const Projection& projection) {
  std::vector<std::string> places;
  for (const Event& e : trip.events) places.push_back(e.place);
  for (const Leg& leg : trip.legs) {
    places.push_back(leg.from);
    places.push_back(leg.to);
  }
  return placesFrame(trip, projection, places);
}

MapBox cardFrame(const Trip& trip, const Timeline& timeline, const Projection& projection, const SequenceCard& card) {
  if (card.kind == SequenceCard::Kind::DayOverview) {
    std::vector<const Event*> events;
    for (const AgendaRow& row : card.dayRows) events.push_back(row.event);
    MapBox box = dayFrame(trip, timeline.clock(), projection, events);
    if (!box.empty()) return box;
  }
  return storyFrame(trip, timeline, projection, card.time);
}

}  // namespace itinera
