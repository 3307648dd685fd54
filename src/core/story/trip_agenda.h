// The trip as an agenda: a staff-readable table per local day, and a JSON list of events.
#pragma once

#include <string>
#include <vector>

#include "core/story/story_agenda.h"
#include "core/trip/trip.h"

namespace itinera {

// What the times of an agenda are: the trip's zone, or each place's own when it has several.
std::string timeZoneNote(const Trip& trip, const TripClock& clock);

// One table per day of buildAgenda() in the trip's local time (columns: time, event, place, participants), with
// the precision shown honestly ("~12:00", "afternoon", "time not known") and the basis of each
// event marked ("[C]", "[P]", "[inferred]"); events known only to fall within the trip come last.
std::string formatAgenda(const Trip& trip, const TripClock& clock);

// A JSON array of the events in chronological order, each with id, title, kind, summary, day
// (the agenda's heading), time_label, start, end (ISO 8601 in the trip's local offset),
// time_precision, place, place_name, place_label, lon, lat, location_precision, participants
// (names), basis (and grade), grades {time, place}, sources [{source, paragraph}].
std::string agendaJson(const Trip& trip, const TripClock& clock);

}  // namespace itinera
