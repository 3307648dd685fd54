// Validation of times: order and bounds of each span, the trip period, and offsets that agree
// with the time zone of the trip or of the item's places.
#include "core/trip/trip_checks.h"
#include "core/time/place_zones.h"
#include "core/time/trip_clock.h"

namespace itinera::detail {
namespace {

class TimeChecker {
 public:
  TimeChecker(const Trip& trip, const TripClock& clock, const PlaceZones& zones, ProblemSink& sink)
      : trip_(trip), clock_(clock), zones_(zones), sink_(sink),
        periodKnown_(!sink.has("trip", "period.start") && !sink.has("trip", "period.end") &&
                     !sink.has("trip", "period")) {}

  // One instant: its offset is the trip zone's or that of one of `places` (an item's places), and
  // it lies in the trip period.
  void instant(const std::string& item, const std::string& field, const TimePoint& t,
               std::initializer_list<std::string> places = {}) const {
    if (sink_.has(item, field)) return;  // unreadable: already reported
    bool placeZoneAgrees = false;
    std::string zoneNames;
    const TripClock* previous = &clock_;
    for (const std::string& place : places) {
      const TripClock& local = zones_.clockFor(place);
      if (&local == &clock_ || &local == previous || !local.hasZone()) continue;
      previous = &local;
      placeZoneAgrees = placeZoneAgrees || local.offsetMinutes(t.utc) == t.offsetMinutes;
      zoneNames += " or " + local.zoneName() + " at " + formatOffset(local.offsetMinutes(t.utc));
    }
    if (clock_.hasZone() && clock_.offsetMinutes(t.utc) != t.offsetMinutes && !placeZoneAgrees)
      sink_.add(item, field, formatIsoTime(t) + " is written with offset " + formatOffset(t.offsetMinutes) + ", but " +
                                 clock_.zoneName() + " is at " + formatOffset(clock_.offsetMinutes(t.utc)) +
                                 zoneNames + " then");
    if (periodKnown_ && (t < trip_.periodStart || t > trip_.periodEnd))
      sink_.add(item, field, formatIsoTime(t) + " is outside the trip period (" + formatIsoTime(trip_.periodStart) +
                                 " to " + formatIsoTime(trip_.periodEnd) + ")");
  }

  // `from` and `to` are the places where the span starts and ends (the same for an event).
  void span(const std::string& item, const char* startKey, const char* endKey, const TimeSpan& s,
            const std::string& from, const std::string& to) const {
    std::string p = "properties.";
    for (std::string key : {std::string(startKey), std::string(endKey), std::string("earliest"), std::string("latest")})
      if (sink_.has(item, p + key)) return;  // unreadable: already reported
    instant(item, p + startKey, s.start, {from, to});
    instant(item, p + endKey, s.end, {from, to});
    if (s.end < s.start)
      sink_.add(item, p + endKey, formatIsoTime(s.end) + " is before the start " + formatIsoTime(s.start));
    if (s.earliest) {
      instant(item, p + "earliest", *s.earliest, {from, to});
      if (*s.earliest > s.start) sink_.add(item, p + "earliest", "the earliest bound is after the start");
    }
    if (s.latest) {
      instant(item, p + "latest", *s.latest, {from, to});
      if (*s.latest < s.end) sink_.add(item, p + "latest", "the latest bound is before the end");
    }
  }

 private:
  const Trip& trip_;
  const TripClock& clock_;
  const PlaceZones& zones_;
  ProblemSink& sink_;
  bool periodKnown_;
};

}  // namespace

void checkTimes(const Trip& trip, const TripClock& clock, ProblemSink& sink) {
  if (!trip.timeZone.empty() && !clock.hasZone()) sink.add("trip", "time_zone", clock.zoneError());
  bool periodRead = !sink.has("trip", "period.start") && !sink.has("trip", "period.end") && !sink.has("trip", "period");
  if (periodRead && trip.periodEnd <= trip.periodStart) sink.add("trip", "period.end", "the period must end after it starts");
  for (const Place& p : trip.places) {
    if (p.timeZone.empty()) continue;
    TripClock local(p.timeZone, 0);
    if (!local.hasZone()) sink.add(p.id, "properties.time_zone", local.zoneError());
  }
  PlaceZones zones(trip, clock);
  TimeChecker check(trip, clock, zones, sink);
  check.instant("trip", "period.start", trip.periodStart);
  check.instant("trip", "period.end", trip.periodEnd);
  for (size_t i = 0; i < trip.travellers.size(); ++i) {
    const Traveller& t = trip.travellers[i];
    std::string f = "travellers[" + std::to_string(i) + "].";
    check.instant("trip", f + "from", t.from);
    check.instant("trip", f + "until", t.until);
    if (!sink.has("trip", f + "from") && !sink.has("trip", f + "until") && t.until <= t.from)
      sink.add("trip", f + "until", "must be after from");
  }
  for (const Event& e : trip.events) check.span(e.id, "start", "end", e.time, e.place, e.place);
  for (const Leg& l : trip.legs) check.span(l.id, "depart", "arrive", l.time, l.from, l.to);
}

}  // namespace itinera::detail
