// Event records built from the story model (describeEvent), never worded on their own, each
// in its place's local time.
#include "interchange/event_record.h"

#include <cstdio>

#include "core/story/local_times.h"
#include "core/story/story_event.h"
#include "core/story/story_marks.h"
#include "core/story/story_sequence.h"
#include "core/story/trip_text.h"

namespace itinera {
namespace {

std::string dateText(const CivilTime& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::string clockText(const CivilTime& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  return buf;
}

CivilTime dayPlus(const CivilTime& c, int days) {
  CivilTime d = civilFromUnix((daysFromCivil(c.year, c.month, c.day) + days) * 86400);
  return d;
}

// The range of a part of the day named by the story ("morning", "afternoon", "evening").
LocalSpan partOfDaySpan(const CivilTime& day, const std::string& part) {
  int from = part == "morning" ? 6 : part == "afternoon" ? 12 : 18;
  LocalSpan s;
  s.start = CivilTime{day.year, day.month, day.day, from, 0, 0};
  s.end = from == 18 ? dayPlus(day, 1) : CivilTime{day.year, day.month, day.day, from + 6, 0, 0};
  return s;
}

int64_t instantOf(const TripClock& clock, const CivilTime& c) {
  return clock.toUtc(daysFromCivil(c.year, c.month, c.day) * 86400 + c.hour * 3600 + c.minute * 60 + c.second);
}

// The span in `clock`: the event's own instants for minute or hour precision, else those of
// the local range.
std::optional<LocalSpan> localSpan(const Event& e, const TripClock& clock) {
  CivilTime a = clock.civil(e.time.start), b = clock.civil(e.time.end);
  LocalSpan s;
  switch (e.time.precision) {
    case TimePrecision::Minute:
    case TimePrecision::Hour:
      return LocalSpan{false, a, b, !(e.time.start == e.time.end), e.time.start.utc, e.time.end.utc};
    case TimePrecision::PartOfDay: s = partOfDaySpan(a, timeSpanLabel(e.time, clock)); break;
    case TimePrecision::Day: {
      // The last day is the one the end falls in, unless the end is that day's first instant.
      CivilTime last = e.time.end.utc > e.time.start.utc ? clock.civil(e.time.end.utc - 1) : a;
      s = LocalSpan{true, CivilTime{a.year, a.month, a.day}, dayPlus(last, 1), true};
      break;
    }
    case TimePrecision::Trip: return std::nullopt;
  }
  s.startUtc = instantOf(clock, s.start);
  s.endUtc = instantOf(clock, s.end);
  return s;
}

std::optional<LonLat> honestPoint(const Trip& trip, const Event& e) {
  const Place* place = trip.place(e.place);
  if (!place || !place->located || place->isArea()) return std::nullopt;
  if (place->precision != LocationPrecision::Exact && place->precision != LocationPrecision::Approximate)
    return std::nullopt;
  return e.point ? *e.point : place->location;
}

std::string gradesText(const EventStory& s) {
  std::string out = "event " + gradeWord(s.eventGrade) + "; time " + gradeWord(s.timeGrade) + "; place " +
                    gradeWord(s.placeGrade);
  if (!s.locationGrade.empty()) out += "; location " + gradeWord(s.locationGrade);
  return out;
}

EventRecord record(const Trip& trip, const PlaceZones& zones, const Event& e) {
  EventStory story = describeEvent(trip, zones, e);
  const TripClock& clock = dayClock(e, zones);
  EventRecord r;
  r.event = &e;
  r.clock = &clock;
  r.uid = trip.id + "/" + e.id;
  r.title = e.title;
  r.span = localSpan(e, clock);
  if (e.time.precision == TimePrecision::PartOfDay)
    r.title += " (time approximate: " + timeSpanLabel(e.time, clock) + ")";
  if (r.span) {
    r.day = dateText(clock.civil(e.time.start));
    r.timeZone = clock.zoneName();
  }
  if (story.hourKnown) {
    r.startText = clockText(r.span->start);
    r.endText = r.span->hasEnd ? clockText(r.span->end) : r.startText;
  }
  r.timeLabel = story.when;
  r.place = eventPlaceLabel(trip, e);
  r.where = story.where;
  r.point = honestPoint(trip, e);
  for (const StoryPerson& p : story.participants) {
    std::string line = p.line;
    if (!p.note.empty()) line += " (" + p.note + ")";
    if (!p.attendance.empty()) line += " (" + p.attendance + ")";
    r.participants.push_back(line);
  }
  r.grades = gradesText(story);
  for (const Citation& c : e.citations) r.sources.push_back(citationText(trip, c));
  r.summary = story.summary;
  r.outcome = story.outcome;
  r.basis = story.basis;
  return r;
}

}  // namespace

std::vector<EventRecord> eventRecords(const Trip& trip, const PlaceZones& zones) {
  std::vector<EventRecord> out;
  for (const Event* e : trip.eventsInOrder()) out.push_back(record(trip, zones, *e));
  return out;
}

std::string recordDescription(const EventRecord& r) {
  std::string out = r.summary.empty() ? "" : r.summary + "\n\n";
  out += "When: " + (r.day.empty() ? std::string("date not known") : r.day + ", " + r.timeLabel) + "\n";
  out += "Where: " + r.where + "\n";
  out += "Basis: " + r.basis + " (" + r.grades + ")\n";
  if (!r.participants.empty()) out += "Participants:\n";
  for (const std::string& p : r.participants) out += "- " + p + "\n";
  if (!r.outcome.empty()) out += "Outcome: " + r.outcome + "\n";
  if (!r.sources.empty()) out += "Sources:\n";
  for (const std::string& s : r.sources) out += "- " + s + "\n";
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace itinera
