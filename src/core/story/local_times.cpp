// Wording times in their places' zones.
#include "core/story/local_times.h"

#include "core/story/story_event.h"
#include "core/story/trip_text.h"

namespace itinera {

bool zoneQualifies(TimePrecision precision) {
  return precision == TimePrecision::Minute || precision == TimePrecision::Hour || precision == TimePrecision::PartOfDay;
}

std::string eventTimeLabel(const Event& e, const PlaceZones& zones) {
  std::string label = timeSpanLabel(e.time, zones.clockFor(e.place));
  return zoneQualifies(e.time.precision) ? zones.withZone(label, e.place, e.time.start.utc) : label;
}

std::string legTimeLabel(const Leg& leg, const PlaceZones& zones) {
  const TripClock& from = zones.clockFor(leg.from);
  const TripClock& to = zones.clockFor(leg.to);
  if (!zoneQualifies(leg.time.precision)) return timeSpanLabel(leg.time, from);
  int64_t end = leg.time.end.utc;
  if (&from == &to || (from.offsetMinutes(end) == to.offsetMinutes(end) && from.abbreviation(end) == to.abbreviation(end)))
    return zones.withZone(timeSpanLabel(leg.time, from), leg.from, leg.time.start.utc);
  TimeSpan departure = leg.time, arrival = leg.time;
  departure.end = leg.time.start;
  arrival.start = leg.time.end;
  return "dep " + zones.withZone(timeSpanLabel(departure, from), leg.from, leg.time.start.utc) + ", arr " +
         zones.withZone(timeSpanLabel(arrival, to), leg.to, leg.time.end.utc);
}

const TripClock& dayClock(const Event& e, const PlaceZones& zones) {
  return zoneQualifies(e.time.precision) ? zones.clockFor(e.place) : zones.home();
}

const TripClock& referenceClock(const Timeline& timeline, const PlaceZones& zones, int64_t t, ReferenceZone mode) {
  if (mode == ReferenceZone::Home) return zones.home();
  for (const Timeline::TravellerState& s : timeline.at(t).travellers) {
    if (s.event) return zones.clockFor(s.event->place);
    if (s.leg) return zones.clockFor(s.leg->from);
  }
  return zones.home();
}

const TripClock& agendaDayClock(const Event& e, const PlaceZones& zones, ReferenceZone mode) {
  return mode == ReferenceZone::Home ? zones.home() : dayClock(e, zones);
}

std::string localDay(const Event& e, const PlaceZones& zones) { return shortDay(dayClock(e, zones).civil(e.time.start)); }

}  // namespace itinera
