// Trips the core tests share, each loaded once; a trip that fails to load fails the test run.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <string>

#include "core/geo/projection.h"
#include "core/trip/trip_loader.h"

namespace itinera::test {

inline const Trip& loadedTrip(const std::string& path) {
  static std::map<std::string, TripLoadResult> cache;
  auto it = cache.find(path);
  if (it == cache.end()) it = cache.emplace(path, loadTrip(path)).first;
  if (!it->second.ok()) {
    for (const TripProblem& p : it->second.problems) ADD_FAILURE() << p.format();
    std::abort();
  }
  return *it->second.trip;
}

// The bundled Panama trip.
inline const Trip& panama() { return loadedTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson"); }
// Two days: Ana drives from Town A to Town B (a bent route), on to a square reserve with a
// ranger station, back to Town A; Ben joins her on the second morning (tests/fixtures/timeline).
inline const Trip& roadTrip() { return loadedTrip(ITINERA_FIXTURES "/timeline/road-trip.geojson"); }

inline const Projection& utm() {
  static Projection p = std::move(Projection::create(kDefaultCrs).value());
  return p;
}

}  // namespace itinera::test
