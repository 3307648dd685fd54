// One event as the story tells it: title, when and where with the grade of each part, who took
// part and in what role, summary and outcome. The caption, the panels and the command line lay
// this out; none of them words an event on its own.
#pragma once

#include <string>
#include <vector>

#include "core/story/trip_text.h"
#include "core/time/place_zones.h"
#include "core/trip/trip.h"

namespace itinera {

struct StoryPerson {
  std::string name;        // "Alejandro Mayorkas", or "Organisation (office)"
  std::string role;        // "Secretary of Homeland Security, U.S. Department of ...", or the office
  std::string line;        // name and role together, as a list of participants shows them
  std::string note;        // "the source spells it \"...\"", or ""
  std::string attendance;  // "Attendance inferred: why", or "" when stated
};

struct EventStory {
  const Event* event = nullptr;
  std::string title;
  std::string day;    // "Mon 18 Apr"; "" for an event known only to fall within the trip
  std::string when;   // "afternoon (C)", "time not known (inferred)", "~12:00 (C)"
  std::string where;  // "Palacio de las Garzas (place C; location C)", "Panama City (venue not known; place inferred)"
  std::string eventGrade, timeGrade, placeGrade, locationGrade;  // gradeName(); locationGrade "" when none
  std::string basis;  // "stated", "corroborated (C)", "inferred"
  std::vector<StoryPerson> participants;
  std::string summary, outcome;
  bool hourKnown = false;  // minute, hour or part of the day: it can be placed at a moment
};

// True when the event's hour is known well enough to place it at a moment of the day (minute,
// hour or part of the day); an event known only by its day or the trip is never "now".
bool hourKnown(const TimeSpan& time);

// Times in their places' zones: `zones` is the trip's table, made once by the caller for all its
// events (a Briefing keeps one per version).
EventStory describeEvent(const Trip& trip, const PlaceZones& zones, const Event& event);

// "Mon 18 Apr"
std::string shortDay(const CivilTime& c);

}  // namespace itinera
