// Building the presenter sequence: which cards, in which order, at which trip time, saying what.
#include "core/story/story_sequence.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/story/story_agenda.h"
#include "core/story/story_clock.h"
#include "core/story/story_event.h"
#include "core/story/story_unknowns.h"
#include "core/trip/trip_sources.h"

namespace itinera {

std::string citationText(const Trip& trip, const Citation& citation) {
  const Source* s = trip.source(citation.source);
  if (!s) return citation.source;
  std::string out = s->publisher.empty() ? s->title : s->publisher + ", " + s->title;
  if (!s->date.empty()) out += ", " + s->date;
  if (citation.paragraph > 0) out += ", paragraph " + std::to_string(citation.paragraph);
  return out;
}

namespace {

bool isStatement(const Event& e) { return e.kind == "statement"; }

std::string dayText(const CivilTime& c) { return shortDay(c) + " " + std::to_string(c.year); }

// "18-20 April 2022", "30 April-2 May 2022", "30 December 2022-2 January 2023"; the period's end
// is exclusive, so a period ending at midnight ends the day before.
std::string periodText(const Trip& trip, const TripClock& clock) {
  CivilTime a = clock.civil(trip.periodStart);
  CivilTime b = clock.civil({std::max(trip.periodStart.utc, trip.periodEnd.utc - 1), trip.periodEnd.offsetMinutes});
  std::string first = std::to_string(a.day), last = std::to_string(b.day) + " " + monthName(b.month, true) + " " + std::to_string(b.year);
  if (a.year == b.year && a.month == b.month && a.day == b.day) return last;
  if (a.year != b.year) first += " " + monthName(a.month, true) + " " + std::to_string(a.year);
  else if (a.month != b.month) first += " " + monthName(a.month, true);
  return first + "-" + last;
}

}  // namespace

std::string tripDates(const Trip& trip, const TripClock& clock) { return periodText(trip, clock); }

std::vector<std::string> travellerLines(const Trip& trip) {
  std::vector<std::string> lines;
  for (const Traveller& t : trip.travellers) {
    const Person* p = trip.person(t.person);
    std::string line = p ? p->name : t.person;
    if (p && !p->role.empty()) line += ", " + p->role;
    lines.push_back(line);
  }
  return lines;
}

namespace {

SequenceCard titleCard(const Trip& trip, const TripClock& clock) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::Title;
  c.id = "title";
  c.time = trip.periodStart.utc;
  c.dates = c.clock = periodText(trip, clock);
  c.heading = trip.title;
  c.lines = {c.heading, c.dates};
  c.travellers = travellerLines(trip);
  c.lines.insert(c.lines.end(), c.travellers.begin(), c.travellers.end());
  return c;
}

// When the card stands: its stop for a dated event (the day's start when only the day is known),
// the trip's end for an undated one; the clock never says more than the event's time.
void placeInTime(SequenceCard& c, const Trip& trip, const Timeline& timeline, const TripClock& clock, const Event& e) {
  if (e.time.precision == TimePrecision::Trip) {
    c.time = trip.periodEnd.utc;
    c.clock = kUndatedHeading;
    return;
  }
  c.time = timeline.stopFor(e).value_or(e.time.start.utc);
  c.dayOnly = !hourKnown(e.time);
  c.clock = c.dayOnly ? dayText(clock.civil(e.time.start)) : clockAt(trip, timeline, clock, c.time).local;
}

SequenceCard eventCard(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, const Event& e) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::Event;
  c.id = "event:" + e.id;
  c.event = &e;
  c.notes = e.notes;
  placeInTime(c, trip, timeline, zones.home(), e);
  c.card = cardForEvent(trip, timeline, zones, e);
  c.heading = c.card->title;
  c.lines = {c.heading, c.card->when, c.card->where};
  for (const StoryPerson& p : c.card->participants) c.lines.push_back(p.line);
  for (const std::string& text : {c.card->summary, c.card->outcome})
    if (!text.empty()) c.lines.push_back(text);
  if (!e.citations.empty()) c.citation = citationText(trip, e.citations.front());
  return c;
}

// The statement's own words from the first cited span whose file is at hand, else its summary
// (then not presented as a quotation), with the citation either way.
void fillQuote(SequenceCard& c, const Trip& trip, const Event& e, const std::vector<std::string>& sourceDirs) {
  for (const Citation& citation : e.citations) {
    const Source* s = trip.source(citation.source);
    if (!s || !citation.hasSpan()) continue;
    if (c.citation.empty()) c.citation = citationText(trip, citation);
    if (auto passage = citedPassage(*s, citation, sourceDirs)) {
      c.passage = *passage;
      c.passageFromSource = true;
      c.citation = citationText(trip, citation);
      return;
    }
  }
  c.passage = e.summary;
  if (c.citation.empty() && !e.citations.empty()) c.citation = citationText(trip, e.citations.front());
}

SequenceCard quoteCard(const Trip& trip, const Timeline& timeline, const PlaceZones& zones, const Event& e,
                       const std::vector<std::string>& sourceDirs) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::Quote;
  c.id = "quote:" + e.id;
  c.event = &e;
  c.notes = e.notes;
  placeInTime(c, trip, timeline, zones.home(), e);
  EventStory story = describeEvent(trip, zones, e);
  std::string names;
  for (const StoryPerson& p : story.participants) {
    c.speakers.push_back(p.line);
    names += (names.empty() ? "" : " and ") + p.name;
  }
  c.heading = names.empty() ? e.title : names + " said";
  fillQuote(c, trip, e, sourceDirs);
  c.lines = {c.heading};
  c.lines.insert(c.lines.end(), c.speakers.begin(), c.speakers.end());
  // The passage as the source has it, its own quotation marks included; a summary says so.
  c.lines.push_back(c.passageFromSource ? c.passage : c.passage + " (in summary; the source's text is not at hand)");
  c.lines.push_back(c.citation);
  return c;
}

// The day's overview: its heading, and one line per event of that day as the agenda lists it.
// It stands at the day's start (no hour is claimed), never before the trip or the card before.
SequenceCard dayOverviewCard(const Trip& trip, const TripClock& clock, const AgendaDay& day, int64_t localDay,
                             int64_t notBefore) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::DayOverview;
  CivilTime date = clock.civil(clock.localMidnight(localDay));
  char id[32];
  std::snprintf(id, sizeof id, "day:%04d-%02d-%02d", date.year, date.month, date.day);
  c.id = id;
  c.time = std::max({clock.localMidnight(localDay), trip.periodStart.utc, notBefore});
  c.dayOnly = true;
  c.clock = dayText(date);
  c.heading = day.heading;
  c.dayRows = day.rows;
  c.lines = {c.heading};
  for (const AgendaRow& row : day.rows) c.lines.push_back(dayOverviewLine(row));
  return c;
}

SequenceCard closingCard(const Trip& trip, const TripClock& clock) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::Closing;
  c.id = "closing";
  c.time = trip.periodEnd.utc;
  c.clock = periodText(trip, clock);
  c.heading = "Sources, and what is not known";
  c.lines = {c.heading, "Sources"};
  for (const Source& s : trip.sources) {
    c.sources.push_back({s.title, s.publisher, s.date});
    c.lines.push_back(s.title + ", " + s.publisher + (s.date.empty() ? ", date not recorded" : ", " + s.date));
  }
  c.unknowns = tripUnknowns(trip);
  c.lines.push_back("Not known");
  c.lines.insert(c.lines.end(), c.unknowns.begin(), c.unknowns.end());
  return c;
}

// Where the statement stands in the sources: undated statements follow the order of the text
// that reports them (the first source listed, then paragraph and position).
std::tuple<size_t, int, int> sourceOrder(const Trip& trip, const Event& e) {
  if (e.citations.empty()) return {trip.sources.size(), 0, 0};
  const Citation& c = e.citations.front();
  size_t index = 0;
  while (index < trip.sources.size() && trip.sources[index].id != c.source) ++index;
  return {index, c.paragraph, c.start};
}

}  // namespace

StorySequence buildSequence(const Trip& trip, const Timeline& timeline, const TripClock& clock,
                            const std::vector<std::string>& sourceDirs) {
  StorySequence out{titleCard(trip, clock)};
  std::vector<const Event*> dated, undated, undatedQuotes;
  for (const Event* e : trip.eventsInOrder()) {
    if (e->time.precision != TimePrecision::Trip) dated.push_back(e);
    else (isStatement(*e) ? undatedQuotes : undated).push_back(e);
  }
  auto stop = [&](const Event* e) { return timeline.stopFor(*e).value_or(e->time.start.utc); };
  std::stable_sort(dated.begin(), dated.end(), [&](const Event* a, const Event* b) { return stop(a) < stop(b); });
  std::map<int64_t, const AgendaDay*> days;  // by local day
  std::vector<AgendaDay> agenda = buildAgenda(trip, clock);
  for (const AgendaDay& day : agenda)
    if (day.dated && !day.rows.empty()) days[clock.localDay(day.rows.front().event->time.start.utc)] = &day;
  PlaceZones zones(trip, clock);  // one table for every card
  for (const Event* e : dated) {
    auto day = days.find(clock.localDay(e->time.start.utc));
    if (day != days.end()) {  // the day's first card: its overview goes first
      out.push_back(dayOverviewCard(trip, clock, *day->second, day->first, out.back().time));
      days.erase(day);
    }
    out.push_back(isStatement(*e) ? quoteCard(trip, timeline, zones, *e, sourceDirs)
                                  : eventCard(trip, timeline, zones, *e));
  }
  std::stable_sort(undatedQuotes.begin(), undatedQuotes.end(),
                   [&](const Event* a, const Event* b) { return sourceOrder(trip, *a) < sourceOrder(trip, *b); });
  for (const Event* e : undated) out.push_back(eventCard(trip, timeline, zones, *e));
  for (const Event* e : undatedQuotes) out.push_back(quoteCard(trip, timeline, zones, *e, sourceDirs));
  out.push_back(closingCard(trip, clock));
  return out;
}

std::string dayOverviewLine(const AgendaRow& row) { return row.time + ": " + row.title + row.mark; }

std::vector<std::string> dayOverviewPlaces(const SequenceCard& card) {
  std::vector<std::string> places;
  for (const AgendaRow& row : card.dayRows)
    if (row.event && !row.event->place.empty() &&
        std::find(places.begin(), places.end(), row.event->place) == places.end())
      places.push_back(row.event->place);
  return places;
}

const SequenceCard* sequenceCardAt(const StorySequence& sequence, int64_t t) {
  auto after = std::upper_bound(sequence.begin(), sequence.end(), t,
                                [](int64_t v, const SequenceCard& c) { return v < c.time; });
  if (after == sequence.begin()) return nullptr;
  int64_t shown = std::prev(after)->time;
  auto first = std::lower_bound(sequence.begin(), after, shown,
                                [](const SequenceCard& c, int64_t v) { return c.time < v; });
  return &*first;
}

std::optional<size_t> sequenceCardForPlace(const StorySequence& sequence, const std::string& placeId) {
  for (size_t i = 0; i < sequence.size(); ++i)
    if (sequence[i].event && !placeId.empty() && sequence[i].event->place == placeId) return i;
  return std::nullopt;
}

namespace {

using Json = nlohmann::ordered_json;

const char* kindName(SequenceCard::Kind k) {
  switch (k) {
    case SequenceCard::Kind::Title: return "title";
    case SequenceCard::Kind::DayOverview: return "day";
    case SequenceCard::Kind::Event: return "event";
    case SequenceCard::Kind::Quote: return "quote";
    case SequenceCard::Kind::Closing: return "closing";
  }
  return "event";
}

Json cardJson(const SequenceCard& c, const TripClock& clock, int offsetMinutes) {
  Json j{{"id", c.id}, {"kind", kindName(c.kind)}, {"time", clock.iso({c.time, offsetMinutes})},
         {"day_only", c.dayOnly}, {"clock", c.clock}, {"heading", c.heading}, {"lines", c.lines}};
  if (c.event) j["event"] = c.event->id;
  if (!c.notes.empty()) j["notes"] = c.notes;
  if (c.kind == SequenceCard::Kind::Title) {
    j["dates"] = c.dates;
    j["travellers"] = c.travellers;
  }
  if (c.kind == SequenceCard::Kind::DayOverview) {
    Json events = Json::array();
    for (const AgendaRow& row : c.dayRows) events.push_back(row.eventId);
    j["events"] = events;
  }
  if (c.kind == SequenceCard::Kind::Quote) {
    j["speakers"] = c.speakers;
    j["passage"] = c.passage;
    j["passage_from_source"] = c.passageFromSource;
    j["citation"] = c.citation;
  }
  if (c.kind == SequenceCard::Kind::Closing) {
    Json sources = Json::array();
    for (const SequenceSource& s : c.sources)
      sources.push_back({{"title", s.title}, {"publisher", s.publisher}, {"date", s.date.empty() ? Json() : Json(s.date)}});
    j["sources"] = sources;
    j["unknowns"] = c.unknowns;
  }
  return j;
}

}  // namespace

std::string sequenceJson(const Trip& trip, const Timeline& timeline, const std::vector<std::string>& sourceDirs) {
  const TripClock& clock = timeline.clock();
  Json list = Json::array();
  for (const SequenceCard& c : buildSequence(trip, timeline, clock, sourceDirs))
    list.push_back(cardJson(c, clock, trip.periodStart.offsetMinutes));
  return list.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace itinera
