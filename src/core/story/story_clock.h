// The clock text at a moment, never more precise than the evidence around it: the minute only
// where the story is minute-precise, "about 15:00" where it is known to the hour, else the day
// and the part of the day. The big clock, its UTC hover and `itinera state` all read it.
#pragma once

#include <cstdint>
#include <string>

#include "core/story/trip_text.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

enum class ClockPrecision { Minute, Hour, PartOfDay };

struct ClockText {
  ClockPrecision precision = ClockPrecision::PartOfDay;
  std::string local;  // "Mon 18 Apr 2022, 15:00" / ", about 15:00" / ", afternoon"
  std::string utc;    // "15:00 local (America/Panama, UTC-05:00) = 20:00 UTC, 18 Apr", same precision
};

// How precisely the moment `t` is known: inside the caption's event, that event's precision;
// on a leg, the leg's; between them, the coarser of the neighbours on both sides (the last event
// or leg that ended and the next that starts, among those whose hour is known): minutes when
// both are minute-precise, the hour when both are at least hour-precise, else the part of the
// day. Before the first or after the last, the part of the day.
ClockPrecision clockPrecision(const Timeline& timeline, int64_t t);

// `nameZone`: the zone's abbreviation follows the time ("11:00 EDT", "afternoon CST"), for a trip
// across several zones, where a bare time would not say whose it is.
ClockText clockAt(const Trip& trip, const Timeline& timeline, const TripClock& clock, int64_t t, bool nameZone = false);

// The end of the trip as the story has it: when the last traveller's stay ends, or, without
// travellers, the end of the last event whose hour is known; never past the period, whose end is
// midnight after the last day. Where End takes the clock.
int64_t storyEnd(const Trip& trip);

}  // namespace itinera
