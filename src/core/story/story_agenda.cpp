// Grouping the events into the agenda's days.
#include "core/story/story_agenda.h"

#include <cstdint>

#include "core/story/story_marks.h"

namespace itinera {
namespace {

AgendaRow rowFor(const Trip& trip, const TripClock& clock, const Event& e) {
  AgendaRow row;
  row.event = &e;
  row.eventId = e.id;
  row.time = eventTimeLabel(e, clock);
  row.title = e.title;
  row.mark = basisMark(e.evidence);
  row.place = eventPlaceLabel(trip, e);
  for (const Participant& p : e.participants) row.participants.push_back(trip.participantName(p));
  row.timeGrade = gradeName(aspectEvidence(e.time.evidence, e.evidence));
  row.placeGrade = gradeName(aspectEvidence(e.placeEvidence, e.evidence));
  return row;
}

}  // namespace

std::vector<AgendaDay> buildAgenda(const Trip& trip, const TripClock& clock) {
  std::vector<AgendaDay> days;
  AgendaDay undated{kUndatedHeading, false, {}};
  int64_t currentDay = INT64_MIN;
  for (const Event* e : trip.eventsInOrder()) {
    if (e->time.precision == TimePrecision::Trip) {
      undated.rows.push_back(rowFor(trip, clock, *e));
      continue;
    }
    CivilTime c = clock.civil(e->time.start);
    int64_t day = daysFromCivil(c.year, c.month, c.day);
    if (day != currentDay) days.push_back({dayHeading(c), true, {}});
    currentDay = day;
    days.back().rows.push_back(rowFor(trip, clock, *e));
  }
  if (!undated.rows.empty()) days.push_back(std::move(undated));
  return days;
}

}  // namespace itinera
