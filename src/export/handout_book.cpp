// Gathering the book's texts from the story model: agenda days, event stories, sources, unknowns.
#include "export/handout_book.h"

#include <algorithm>

#include "core/story/story_agenda.h"
#include "core/story/trip_agenda.h"
#include "core/time/time_format.h"
#include "core/story/story_event.h"
#include "core/story/story_sequence.h"
#include "core/story/story_unknowns.h"

namespace itinera {
namespace {

// The number each source is cited by: its place in the trip's list, from 1.
int sourceNumber(const Trip& trip, const std::string& id) {
  for (size_t i = 0; i < trip.sources.size(); ++i)
    if (trip.sources[i].id == id) return int(i) + 1;
  return 0;
}

HandoutRow row(const Trip& trip, const PlaceZones& zones, const Event& e, std::vector<HandoutSource>& sources) {
  EventStory story = describeEvent(trip, zones, e);
  HandoutRow r;
  r.eventId = e.id;
  r.kind = e.kind;
  r.when = story.when;
  r.title = story.title;
  r.basis = story.basis;
  r.where = story.where;
  for (const StoryPerson& p : story.participants) {
    r.participants.push_back(p.line);
    r.attendance.push_back(p.attendance);
  }
  r.summary = story.summary;
  if (!story.outcome.empty()) r.summary += (r.summary.empty() ? "" : " ") + story.outcome;
  for (const Citation& c : e.citations) {
    int number = sourceNumber(trip, c.source);
    if (number == 0) continue;
    std::string ref = handoutReference(number, c.paragraph);
    if (std::find(r.references.begin(), r.references.end(), ref) != r.references.end()) continue;
    r.references.push_back(ref);
    std::vector<int>& cited = sources[size_t(number - 1)].paragraphs;
    if (c.paragraph > 0 && std::find(cited.begin(), cited.end(), c.paragraph) == cited.end()) cited.push_back(c.paragraph);
  }
  return r;
}

}  // namespace

std::string handoutReference(int number, int paragraph) {
  std::string out = "[" + std::to_string(number) + "]";
  return paragraph > 0 ? out + " \u00b6" + std::to_string(paragraph) : out;
}

HandoutBook handoutBook(const Trip& trip, const TripClock& clock) {
  HandoutBook book;
  book.title = trip.title;
  book.dates = tripDates(trip, clock);
  book.timeNote = timeZoneNote(trip, clock) + ".";
  book.travellers = travellerLines(trip);
  for (size_t i = 0; i < trip.sources.size(); ++i) {
    const Source& s = trip.sources[i];
    book.sources.push_back({int(i) + 1, s.publisher, s.title, s.date, s.url, {}});
  }
  PlaceZones zones(trip, clock);
  for (const AgendaDay& day : buildAgenda(trip, clock)) {
    HandoutDay d{day.heading, day.dated, {}, {}, {}};
    for (const AgendaRow& r : day.rows) {
      d.events.push_back(r.event);
      d.rows.push_back(row(trip, zones, *r.event, book.sources));
    }
    book.days.push_back(std::move(d));
  }
  for (HandoutSource& s : book.sources) std::sort(s.paragraphs.begin(), s.paragraphs.end());
  book.unknowns = tripUnknowns(trip);
  return book;
}

}  // namespace itinera
