// How much of each traveller's route the map shows around the clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/time/timeline.h"

namespace itinera {

// The trails reach three days back and the routes to come two days ahead: a visit of a few days
// (Panama's three) is shown whole, a long trip its recent and next moves. With many travellers
// each shows fewer legs, about ten back and ten ahead in all, down to the last and the next: ten
// travellers' three days of trails are a tangle no one can follow, and every leg costs a frame
// its pixels.
struct TrailReach {
  int64_t backSeconds = 72 * 3600, aheadSeconds = 48 * 3600;
  size_t legsEach = 0;  // legs back, and legs ahead, for each traveller
};

TrailReach trailReach(size_t travellers);

// Each traveller's trail so far and route to come at the state's time, as far as `trailReach`
// says for the state's travellers, in their order.
struct TravellerRoutes {
  std::vector<LonLat> travelled, ahead;
};
std::vector<TravellerRoutes> routesAround(const Timeline& timeline, const Timeline::State& state);

}  // namespace itinera
