// Internal to the validator: the groups of checks, one file each.
#pragma once

#include "core/time/trip_clock.h"
#include "core/trip/trip.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_problem.h"

namespace itinera::detail {

// trip_validate.cpp: ids, references, evidence, citations, sources.
void checkIds(const Trip& trip, ProblemSink& sink);
void checkReferences(const Trip& trip, ProblemSink& sink);
void checkEvidenceAndCitations(const Trip& trip, ProblemSink& sink);
void checkSources(const Trip& trip, ProblemSink& sink);
// trip_validate_time.cpp: order, bounds, the trip period and the time zone's offsets.
void checkTimes(const Trip& trip, const TripClock& clock, ProblemSink& sink);
// trip_validate_space.cpp: coordinates within the bbox / area of use, uncertainty, leg ends.
void checkSpace(const Trip& trip, const TripLoadOptions& options, ProblemSink& sink);
// trip_sources.cpp: citations against the cited files found in `searchDirs` (notes for absent ones).
void checkCitedSources(const Trip& trip, const std::vector<std::string>& searchDirs, ProblemSink& sink);
// trip_parse_views.cpp: view names and places, and a trip CRS that PROJ can project to.
void checkMapSettings(const Trip& trip, ProblemSink& sink);
// trip_whereabouts.cpp: each traveller is somewhere at every moment, and in one place at a time.
void checkWhereabouts(const Trip& trip, ProblemSink& sink);

}  // namespace itinera::detail
