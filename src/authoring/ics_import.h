// Rows of a calendar (iCalendar, RFC 5545, parsed by libical): one per VEVENT, with DTSTART and
// DTEND in their time zones, SUMMARY, DESCRIPTION, LOCATION, GEO and ATTENDEE.
#pragma once

#include <string>
#include <string_view>

#include "authoring/import_rows.h"
#include "core/time/trip_clock.h"

namespace itinera {

// The IANA zone the calendar's first timed DTSTART names (TZID), or "".
std::string calendarTimeZone(std::string_view text);

// Reads every VEVENT, reporting each problem with its line into `sink`; floating times are read
// in `clock`'s zone.
ImportedRows readIcsRows(std::string_view text, const TripClock& clock, ProblemSink& sink);

}  // namespace itinera
