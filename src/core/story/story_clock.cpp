// Wording the clock at a moment with the precision the story allows.
#include "core/story/story_clock.h"

#include <algorithm>
#include <cstdio>

#include "core/story/story_event.h"

namespace itinera {
namespace {

ClockPrecision fromPrecision(TimePrecision precision) {
  switch (precision) {
    case TimePrecision::Minute: return ClockPrecision::Minute;
    case TimePrecision::Hour: return ClockPrecision::Hour;
    default: return ClockPrecision::PartOfDay;
  }
}

ClockPrecision coarser(ClockPrecision a, ClockPrecision b) { return std::max(a, b); }

// Between events: the coarser of the known hours on either side, the latest end at or before `t`
// and the earliest start at or after it; part of the day when one side has none.
ClockPrecision betweenPrecision(const Timeline& timeline, int64_t t) {
  auto before = timeline.lastKnownEnd(t);
  auto after = timeline.firstKnownStart(t);
  if (!before || !after) return ClockPrecision::PartOfDay;
  return coarser(fromPrecision(before->precision), fromPrecision(after->precision));
}

std::string twoDigits(int a, int b) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", a, b);
  return buf;
}

}  // namespace

ClockPrecision clockPrecision(const Timeline& timeline, int64_t t) {
  if (const Event* e = timeline.eventAt(t)) return fromPrecision(e->time.precision);
  ClockPrecision onLeg = ClockPrecision::Minute;
  bool travelling = false;
  for (const Timeline::TravellerState& s : timeline.at(t).travellers)
    if (s.leg) travelling = true, onLeg = coarser(onLeg, fromPrecision(s.leg->time.precision));
  return travelling ? onLeg : betweenPrecision(timeline, t);
}

ClockText clockAt(const Trip& trip, const Timeline& timeline, const TripClock& clock, int64_t t, bool nameZone) {
  ClockText out;
  out.precision = clockPrecision(timeline, t);
  TimePoint at{t, trip.periodStart.offsetMinutes};
  int offset = clock.offset(at);
  // To the hour: the nearest whole hour, in local time and in UTC alike.
  int64_t shown = out.precision == ClockPrecision::Hour ? (t + 1800) / 3600 * 3600 : t;
  CivilTime local = clock.civil({shown, offset}), utc = civilFromUnix(shown);
  CivilTime day = clock.civil(at);
  std::string date = shortDay(day) + " " + std::to_string(day.year);
  std::string zone = " local (" + clock.zoneName() + ", UTC" + formatOffset(offset) + ")";
  std::string abbreviation = nameZone ? " " + clock.abbreviation(t) : "";
  std::string utcDay = std::to_string(utc.day) + " " + monthName(utc.month);
  switch (out.precision) {
    case ClockPrecision::Minute:
      out.local = date + ", " + twoDigits(local.hour, local.minute) + abbreviation;
      out.utc = twoDigits(local.hour, local.minute) + zone + " = " + twoDigits(utc.hour, utc.minute) + " UTC, " + utcDay;
      break;
    case ClockPrecision::Hour:
      out.local = date + ", about " + twoDigits(local.hour, 0) + abbreviation;
      out.utc = "About " + twoDigits(local.hour, 0) + zone + " = about " + twoDigits(utc.hour, 0) + " UTC, " + utcDay;
      break;
    case ClockPrecision::PartOfDay: {
      const Event* e = timeline.eventAt(t);
      std::string part = e ? eventTimeLabel(*e, clock) : partOfDayName(day);
      out.local = date + ", " + part + abbreviation;
      out.utc = "The " + part + " of " + shortDay(day) + zone + "; the hour is not known, so no UTC time is given";
      break;
    }
  }
  return out;
}

int64_t storyEnd(const Trip& trip) {
  int64_t end = trip.periodStart.utc;
  for (const Traveller& t : trip.travellers) end = std::max(end, t.until.utc);
  if (trip.travellers.empty())
    for (const Event& e : trip.events)
      if (hourKnown(e.time)) end = std::max(end, e.time.end.utc);
  return std::min(end, trip.periodEnd.utc);
}

}  // namespace itinera
