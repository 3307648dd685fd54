// Choosing and wording the card at a moment.
#include "core/story/story_card.h"

#include <algorithm>

#include "core/story/local_times.h"
#include "core/story/story_clock.h"
#include "core/story/story_marks.h"

namespace itinera {
namespace {

std::string modeLabel(const Leg& leg) {
  switch (leg.mode) {
    case LegMode::Air: return "by air";
    case LegMode::Helicopter: return "by helicopter";
    case LegMode::Road: return "by road";
    case LegMode::Unknown: return "mode not known";
  }
  return "mode not known";
}

std::string placeName(const Trip& trip, const std::string& id) { return placeLabel(trip.place(id), id); }

void fillEvent(StoryCard& card, const EventStory& s) {
  card.kind = StoryCard::Kind::Event;
  card.event = s.event;
  card.title = s.title;
  card.when = s.day + ", " + s.when;
  card.where = s.where;
  card.eventGrade = s.eventGrade;
  card.timeGrade = s.timeGrade;
  card.placeGrade = s.placeGrade;
  card.basis = s.basis;
  card.participants = s.participants;
  card.summary = s.summary;
  card.outcome = s.outcome;
}

// The travellers on the first leg under way, and others on a leg between the same places.
void fillLeg(StoryCard& card, const Trip& trip, const PlaceZones& zones, const Timeline::State& state) {
  std::string names;
  for (const Timeline::TravellerState& s : state.travellers) {
    if (!s.leg) continue;
    if (!card.leg) card.leg = s.leg;
    if (s.leg->from != card.leg->from || s.leg->to != card.leg->to) continue;
    names += (names.empty() ? "" : " and ") + s.name;
  }
  const Leg& leg = *card.leg;
  card.kind = StoryCard::Kind::Travelling;
  card.title = names + " travelling";
  const Evidence& timeEvidence = aspectEvidence(leg.time.evidence, leg.evidence);
  const Evidence& modeEvidence = aspectEvidence(leg.modeEvidence, leg.evidence);
  card.when = shortDay(zones.clockFor(leg.from).civil(leg.time.start)) + ", " + withGrade(legTimeLabel(leg, zones), timeEvidence);
  card.where = placeName(trip, leg.from) + " → " + placeName(trip, leg.to);
  card.mode = leg.mode == LegMode::Unknown ? modeLabel(leg) : withGrade(modeLabel(leg), modeEvidence);
  card.eventGrade = gradeName(leg.evidence);
  card.timeGrade = gradeName(timeEvidence);
  card.modeGrade = gradeName(modeEvidence);
  card.basis = basisLabel(leg.evidence);
}

}  // namespace

namespace {

// The other events under way at `t` and that day's events whose hour is not known, but the card's.
void fillAlso(StoryCard& card, const Timeline& timeline, const TripClock& clock, int64_t t) {
  for (const Event* e : timeline.at(t).active) {
    if (e == card.event) continue;
    card.alsoNowEvents.push_back(e);
    card.alsoNow.push_back(e->title + basisMark(e->evidence));
  }
  // The day's events whose hour is not known, found by binary search among them (by start, in
  // the agenda's order), so a card's cost does not grow with the trip.
  int64_t today = clock.localDay(t);
  const std::vector<const Event*>& dayOnly = timeline.dayOnlyEvents();
  auto startsBefore = [](const Event* e, int64_t time) { return e->time.start.utc < time; };
  auto from = std::lower_bound(dayOnly.begin(), dayOnly.end(), clock.localMidnight(today), startsBefore);
  auto to = std::lower_bound(from, dayOnly.end(), clock.localMidnight(today + 1), startsBefore);
  for (auto it = from; it != to; ++it)
    if (*it != card.event && clock.localDay((*it)->time.start.utc) == today) card.alsoTodayEvents.push_back(*it);
  for (const Event* e : card.alsoTodayEvents) card.alsoToday.push_back(e->title + basisMark(e->evidence));
}

}  // namespace

StoryCard cardAt(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, int64_t t) {
  const TripClock& clock = zones.home();
  StoryCard card;
  Timeline::State state = timeline.at(t);
  bool travelling = false;
  for (const Timeline::TravellerState& s : state.travellers) travelling |= s.leg != nullptr;
  if (const Event* e = timeline.eventAt(t)) {
    fillEvent(card, describeEvent(trip, zones, *e));
  } else if (travelling) {
    fillLeg(card, trip, zones, state);
  } else {
    card.title = "Between events";
    card.when = clockAt(trip, timeline, clock, t).local;
  }
  fillAlso(card, timeline, clock, t);
  return card;
}

std::string alsoTodayLine(const StoryCard& card, size_t shown) {
  if (card.alsoToday.empty()) return "";
  std::string line = card.alsoTodayHeading + ": ";
  size_t n = std::min(shown, card.alsoToday.size());
  for (size_t i = 0; i < n; ++i) line += (i ? ", " : "") + card.alsoToday[i];
  if (size_t more = card.alsoToday.size() - n; more > 0)
    line += " and " + std::to_string(more) + " more, see the agenda";
  return line;
}

StoryCard cardForEvent(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, const Event& event) {
  StoryCard card;
  fillEvent(card, describeEvent(trip, zones, event));
  if (event.time.precision == TimePrecision::Trip) return card;
  fillAlso(card, timeline, zones.home(), timeline.stopFor(event).value_or(event.time.start.utc));
  if (!hourKnown(event.time)) {  // its stop is the day's start, not a moment it shares with others
    card.alsoNowEvents.clear();
    card.alsoNow.clear();
  }
  return card;
}

}  // namespace itinera
