// The trip as an iCalendar file (RFC 5545) built with libical: one VEVENT per dated event, each
// at the precision the trip gives, its times in its place's zone, and a VTIMEZONE per zone used.
#pragma once

#include <cstdint>
#include <string>

#include "core/io/result.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

struct CalendarText {
  std::string text;
  int events = 0;
  int undated = 0;  // events with no known date, left out
};

// The calendar's text; `stampUtc` is the DTSTAMP of every event (the only part that changes
// between exports of an unchanged trip). An error when the trip's zone is unknown to libical.
Result<CalendarText> calendarText(const Trip& trip, const TripClock& clock, int64_t stampUtc);

}  // namespace itinera
