// The meaning of a trip: references, ids, evidence, citations, times, coordinates and the
// travellers' whereabouts. Called by the loader; usable on a Trip built in code.
#pragma once

#include <string>

#include "core/trip/trip.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_problem.h"

namespace itinera {

void validateTrip(const Trip& trip, const TripLoadOptions& options, ProblemSink& sink);

// One line for a valid trip, e.g. "panama-2022.geojson: valid: 9 places, 19 events, 7 legs, 14 people".
std::string validationSummary(const Trip& trip);

}  // namespace itinera
