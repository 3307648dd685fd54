// The card at a moment: what the caption and `itinera state` say about the trip then. The
// current event (its hour known), or the leg under way with its ends and mode, or the moment
// between events; and what else happened that day at an hour that is not known.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/story/story_event.h"
#include "core/story/trip_text.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

struct StoryCard {
  enum class Kind { Event, Travelling, Between };
  Kind kind = Kind::Between;
  const Event* event = nullptr;  // Kind::Event
  const Leg* leg = nullptr;      // Kind::Travelling: the first traveller's leg
  std::string title;   // the event's title; "Alejandro Mayorkas travelling"; "Between events"
  std::string when;    // "Mon 18 Apr, afternoon (C)"; between events, the clock text
  std::string where;   // with the grades of the place and its location; "Panama City → Darién" on a leg
  std::string mode;    // on a leg: "by helicopter (P)", "by road (inferred)", "mode not known"
  std::string eventGrade, timeGrade, placeGrade, modeGrade;  // gradeName(), "" where not applicable
  std::string basis;   // the event's: "stated", "corroborated (C)", "inferred"
  std::vector<StoryPerson> participants;
  std::string summary, outcome;
  // The other events under way with the card's (their hour known), e.g. two sharing a start.
  std::vector<const Event*> alsoNowEvents;
  std::vector<std::string> alsoNow;
  std::string alsoNowHeading = "Also under way";
  // That day's events whose hour is not known, as their titles with the agenda's basis mark, in
  // the agenda's order; never "now".
  std::vector<const Event*> alsoTodayEvents;
  std::vector<std::string> alsoToday;
  std::string alsoTodayHeading = "Also this day, hour not known";
};

// The "also this day" list as the caption shows it: the heading and the first `shown` titles, the
// rest counted and sent to the agenda ("... and 7 more, see the agenda"); "" when there are none.
inline constexpr size_t kAlsoTodayShown = 3;
std::string alsoTodayLine(const StoryCard& card, size_t shown = kAlsoTodayShown);

// `zones`: the trip's table of place zones (its home() is the trip's clock), made once by the
// caller for all its cards (a Briefing keeps one per version).
StoryCard cardAt(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, int64_t t);

// The card telling `event` itself, as at its stop, with the other events under way there and that
// day's events whose hour is not known (never the event itself): the presenter sequence's card.
StoryCard cardForEvent(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, const Event& event);

}  // namespace itinera
