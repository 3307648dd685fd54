// The meaning of a trip: references, ids, evidence, citations, times, coordinates and the
// travellers' whereabouts. Called by the loader; usable on a Trip built in code.
#pragma once

#include <string>

#include "core/time/trip_clock.h"
#include "core/trip/trip.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_problem.h"

namespace itinera {

// `clock` is the trip's own (made from its time zone), for its local times.
void validateTrip(const Trip& trip, const TripClock& clock, const TripLoadOptions& options, ProblemSink& sink);

// One line for a valid trip, e.g. "panama-2022.geojson: valid: 9 places, 19 events, 7 legs, 14 people".
std::string validationSummary(const Trip& trip);

}  // namespace itinera
