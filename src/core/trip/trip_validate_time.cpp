// Validation of times: order and bounds of each span, the trip period, and offsets that agree
// with the trip's time zone.
#include "core/trip/trip_checks.h"
#include "core/time/trip_clock.h"

namespace itinera::detail {
namespace {

class TimeChecker {
 public:
  TimeChecker(const Trip& trip, const TripClock& clock, ProblemSink& sink)
      : trip_(trip), clock_(clock), sink_(sink),
        periodKnown_(!sink.has("trip", "period.start") && !sink.has("trip", "period.end") &&
                     !sink.has("trip", "period")) {}

  // One instant: its offset is the zone's, and it lies in the trip period.
  void instant(const std::string& item, const std::string& field, const TimePoint& t) const {
    if (sink_.has(item, field)) return;  // unreadable: already reported
    if (clock_.hasZone() && clock_.offsetMinutes(t.utc) != t.offsetMinutes)
      sink_.add(item, field, formatIsoTime(t) + " is written with offset " + formatOffset(t.offsetMinutes) + ", but " +
                                 clock_.zoneName() + " is at " + formatOffset(clock_.offsetMinutes(t.utc)) + " then");
    if (periodKnown_ && (t < trip_.periodStart || t > trip_.periodEnd))
      sink_.add(item, field, formatIsoTime(t) + " is outside the trip period (" + formatIsoTime(trip_.periodStart) +
                                 " to " + formatIsoTime(trip_.periodEnd) + ")");
  }

  void span(const std::string& item, const char* startKey, const char* endKey, const TimeSpan& s) const {
    std::string p = "properties.";
    for (std::string key : {std::string(startKey), std::string(endKey), std::string("earliest"), std::string("latest")})
      if (sink_.has(item, p + key)) return;  // unreadable: already reported
    instant(item, p + startKey, s.start);
    instant(item, p + endKey, s.end);
    if (s.end < s.start)
      sink_.add(item, p + endKey, formatIsoTime(s.end) + " is before the start " + formatIsoTime(s.start));
    if (s.earliest) {
      instant(item, p + "earliest", *s.earliest);
      if (*s.earliest > s.start) sink_.add(item, p + "earliest", "the earliest bound is after the start");
    }
    if (s.latest) {
      instant(item, p + "latest", *s.latest);
      if (*s.latest < s.end) sink_.add(item, p + "latest", "the latest bound is before the end");
    }
  }

 private:
  const Trip& trip_;
  const TripClock& clock_;
  ProblemSink& sink_;
  bool periodKnown_;
};

}  // namespace

void checkTimes(const Trip& trip, const TripClock& clock, ProblemSink& sink) {
  if (!trip.timeZone.empty() && !clock.hasZone()) sink.add("trip", "time_zone", clock.zoneError());
  bool periodRead = !sink.has("trip", "period.start") && !sink.has("trip", "period.end") && !sink.has("trip", "period");
  if (periodRead && trip.periodEnd <= trip.periodStart) sink.add("trip", "period.end", "the period must end after it starts");
  TimeChecker check(trip, clock, sink);
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
  for (const Event& e : trip.events) check.span(e.id, "start", "end", e.time);
  for (const Leg& l : trip.legs) check.span(l.id, "depart", "arrive", l.time);
}

}  // namespace itinera::detail
