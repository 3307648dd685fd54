// The trip at one moment as JSON (`itinera state --json`), and reading the time a user asks for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

// {"time": ISO 8601 in the trip's local offset,
//  "travellers": [{"id", "name", "lon", "lat", "status": "at_event" | "travelling" | "waiting" | "away",
//                  "event": id or null, "leg": id or null}],
//  "active_events": [ids of the events under way whose hour is known, by start],
//  "reference_zone": {"mode": "home" | "local", "zone": IANA name} (the zone of the day bands),
//  "event_times": [{"id", "local": "14:00 CST" (its place's time, the abbreviation only when the
//                   trip spans several zones), "start": ISO 8601 in the place's offset,
//                   "time_zone", "abbreviation", "zone_from": where the place's zone comes from}]
//                 (one per active event),
//  "clock": the clock text (clockAt), never more precise than the story,
//  "caption": {"title", "when", "where", "mode" (on a leg), "grades": {"event", "time", "place", "mode"}
//              (gradeName() or null), "participants": [{"name", "role"}], "summary", "outcome",
//              "also_now": [other events under way], "also_today": [that day's events whose hour
//              is not known]} (cardAt)}
// pretty-printed with two-space indentation, without a final newline.
// The zone the slider's day bands follow: the trip's home zone (its `time_zone`) or the local
// zone of where the story is (the first traveller's event's place, else the place their leg
// leaves from), which is the home zone when nobody is anywhere.
enum class ReferenceZone { Home, Local };
const char* toString(ReferenceZone z);  // "home", "local"
std::optional<ReferenceZone> parseReferenceZone(const std::string& text);  // "home" / "local"
std::string referenceZoneName(const Trip& trip, const Timeline& timeline, int64_t t, ReferenceZone mode);

std::string tripStateJson(const Trip& trip, const Timeline& timeline, int64_t t,
                          ReferenceZone reference = ReferenceZone::Home);

// Reads "2022-04-19T14:30-05:00" (any offset), "2022-04-19T14:30" (local time in the trip's time
// zone) or "2022-04-19" (local 00:00 that day), with optional seconds. Times outside the trip
// period (ends included) are refused. On failure returns nullopt and, when `error` is given, sets
// it to a message naming the accepted forms or the period.
std::optional<int64_t> parseTripTime(const Trip& trip, const TripClock& clock, const std::string& text,
                                     std::string* error);

}  // namespace itinera
