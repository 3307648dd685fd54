// libFuzzer target: any bytes given to the trip loader give problems or a trip, never a crash
// or a hang; a loaded trip must also survive the agenda and the whereabouts queries.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/story/trip_agenda.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_validate.h"
#include "core/trip/trip_whereabouts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  itinera::TripLoadResult result = itinera::loadTripFromString(text, "fuzz.geojson");
  for (const itinera::TripProblem& p : result.problems) (void)p.format();
  if (result.trip) {
    const itinera::Trip& trip = *result.trip;
    (void)itinera::validationSummary(trip);
    (void)itinera::formatAgenda(trip);
    (void)itinera::agendaJson(trip);
    for (const itinera::Traveller& t : trip.travellers)
      (void)itinera::whereaboutsAt(trip, t.person, (t.from.utc + t.until.utc) / 2);
  }
  return 0;
}
