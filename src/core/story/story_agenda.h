// The agenda of the story: the events grouped by local day, dated days in order, then the events
// known only to fall within the trip. The text and JSON agendas and the agenda window all list
// exactly these rows.
#pragma once

#include <string>
#include <vector>

#include "core/story/trip_state.h"
#include "core/story/trip_text.h"
#include "core/trip/trip.h"

namespace itinera {

struct AgendaRow {
  const Event* event = nullptr;
  std::string eventId;  // for tests and links; never shown
  std::string time;     // "14:30", "~12:00", "afternoon", "time not known", "date not known"
  std::string title;
  std::string mark;     // the event's basis: "", " [C]", " [P]", " [estimate]", " [inferred]"
  std::string place;    // "Panama City (venue not known)"
  std::vector<std::string> participants;
  std::string timeGrade, placeGrade;  // gradeName() of when and where
};

struct AgendaDay {
  std::string heading;  // "Tuesday 19 April 2022" or "During the trip (date not known)"
  bool dated = true;
  std::vector<AgendaRow> rows;
};

inline constexpr const char* kUndatedHeading = "During the trip (date not known)";

// `days`: the calendar of the headings (local_times.h's agendaDayClock): Local, each event's own
// place's (the text and JSON agendas); Home, the trip's.
std::vector<AgendaDay> buildAgenda(const Trip& trip, const TripClock& clock, ReferenceZone days = ReferenceZone::Local);

}  // namespace itinera
