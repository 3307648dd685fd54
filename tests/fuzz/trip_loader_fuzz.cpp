// libFuzzer target: any bytes given to the trip loader give problems or a trip, never a crash
// or a hang; a loaded trip must also survive what the app runs on it: the agenda, and a
// Timeline built and evaluated across (and beyond) its period.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/story/trip_agenda.h"
#include "core/time/timeline.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_validate.h"

namespace {

void exerciseTimeline(const itinera::Trip& trip, const itinera::TripClock& clock) {
  itinera::Timeline timeline(trip, clock);
  int64_t start = timeline.start(), end = timeline.end();
  int64_t span = end > start ? end - start : 0;
  for (int64_t t : {start - 3600, start, start + span / 3, start + span / 2, end, end + 3600}) {
    itinera::Timeline::State state = timeline.at(t);
    for (const itinera::Timeline::TravellerState& traveller : state.travellers) {
      (void)timeline.trailUntil(traveller.id, t);
      (void)timeline.routeAfter(traveller.id, t);
    }
    (void)timeline.eventAt(t);
    (void)timeline.nextEventTime(t);
    (void)timeline.previousEventTime(t);
  }
  for (const itinera::Leg& leg : trip.legs)
    for (double fraction : {0.0, 0.5, 1.0}) (void)timeline.legPosition(leg, fraction);
  for (const itinera::Event& event : trip.events) (void)timeline.eventLocation(event);
  (void)timeline.days();
  (void)timeline.uncertainSpans();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  itinera::TripLoadResult result = itinera::loadTripFromString(text, "fuzz.geojson");
  for (const itinera::TripProblem& p : result.problems) (void)p.format();
  if (result.trip) {
    const itinera::Trip& trip = *result.trip;
    (void)itinera::validationSummary(trip);
    (void)itinera::formatAgenda(trip, *result.clock);
    (void)itinera::agendaJson(trip, *result.clock);
    exerciseTimeline(trip, *result.clock);
  }
  return 0;
}
