// Grouping the events into the agenda's days.
#include "core/story/story_agenda.h"

#include <cstdint>

#include "core/story/local_times.h"
#include "core/story/story_marks.h"
#include "core/time/place_zones.h"

namespace itinera {
namespace {

// With places in several zones, an event's time is its place's, with the zone's abbreviation.
AgendaRow rowFor(const Trip& trip, const PlaceZones& zones, const Event& e) {
  AgendaRow row;
  row.event = &e;
  row.eventId = e.id;
  row.time = eventTimeLabel(e, zones);
  row.title = e.title;
  row.mark = basisMark(e.evidence);
  row.place = eventPlaceLabel(trip, e);
  for (const Participant& p : e.participants) row.participants.push_back(trip.participantName(p));
  row.timeGrade = gradeName(aspectEvidence(e.time.evidence, e.evidence));
  row.placeGrade = gradeName(aspectEvidence(e.placeEvidence, e.evidence));
  return row;
}

}  // namespace

std::vector<AgendaDay> buildAgenda(const Trip& trip, const TripClock& clock, ReferenceZone dayZone) {
  std::vector<AgendaDay> days;
  AgendaDay undated{kUndatedHeading, false, {}};
  int64_t currentDay = INT64_MIN;
  PlaceZones zones(trip, clock);
  for (const Event* e : trip.eventsInOrder()) {
    if (e->time.precision == TimePrecision::Trip) {
      undated.rows.push_back(rowFor(trip, zones, *e));
      continue;
    }
    CivilTime c = agendaDayClock(*e, zones, dayZone).civil(e->time.start);
    int64_t day = daysFromCivil(c.year, c.month, c.day);
    if (day != currentDay) days.push_back({dayHeading(c), true, {}});
    currentDay = day;
    days.back().rows.push_back(rowFor(trip, zones, *e));
  }
  if (!undated.rows.empty()) days.push_back(std::move(undated));
  return days;
}

}  // namespace itinera
