// One event as the interchange formats carry it: the story's own wording of when, where, who and
// on what evidence, plus the calendar span its time precision honestly allows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/time/place_zones.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

// The local span a calendar can hold, in the record's clock: a clock range (minute, hour, or a
// part of the day's range) or whole days. Undated events (precision trip) have none.
struct LocalSpan {
  bool allDay = false;
  CivilTime start, end;  // allDay: the first day and the day after the last (exclusive)
  bool hasEnd = true;    // false for an instant (start == end) at minute or hour precision
  int64_t startUtc = 0, endUtc = 0;  // the instants of start and end
};

struct EventRecord {
  const Event* event = nullptr;
  // The clock of `day`, the clock texts and `span`: the place's zone when the hour is known, the
  // trip's for a date alone (dayClock(), as the agenda and the calendar read it).
  const TripClock* clock = nullptr;
  std::string timeZone;     // its IANA name, "America/Mexico_City"; "" when undated
  std::string uid;          // "<trip id>/<event id>": stable across exports
  std::string title;        // with "(time approximate: afternoon)" for a part of the day
  std::string day;          // "2022-04-18"; "" when undated
  std::string startText, endText;  // "14:30"; "" when the hour is not known
  std::string timeLabel;    // the story's: "afternoon (C)", "~14:00", "time not known"; with the
                            // zone's abbreviation ("14:00 CST") when the trip's places span zones
  std::string place;        // "Pacific locks (approx.)"
  std::string where;        // the story's, with grades: "Palacio de las Garzas (place C; location C)"
  std::optional<LonLat> point;  // only for an exact or approximate point: never a region's centre
  std::vector<std::string> participants;  // "name, role" with notes on attendance
  std::string grades;       // "event C; time estimate; place stated; location P"
  std::vector<std::string> sources;       // one citation line each
  std::string summary, outcome, basis;
  std::optional<LocalSpan> span;
};

// The records of the trip's events in story order (by start). Their clocks are `zones`' own,
// which must outlive them.
std::vector<EventRecord> eventRecords(const Trip& trip, const PlaceZones& zones);

// The event's description as plain lines: summary, when, where, basis, participants, outcome, sources.
std::string recordDescription(const EventRecord& record);

}  // namespace itinera
