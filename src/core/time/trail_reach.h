// How much of each traveller's route the map shows around the clock.
#pragma once

#include <cstddef>
#include <cstdint>

namespace itinera {

// The trails reach three days back and the routes to come two days ahead: a visit of a few days
// (Panama's three) is shown whole, a long trip its recent and next moves. With many travellers
// each shows fewer legs, about twenty in all and at least two each: ten travellers' three days
// of trails are a tangle no one can follow, and every leg costs a frame its pixels.
struct TrailReach {
  int64_t backSeconds = 72 * 3600, aheadSeconds = 48 * 3600;
  size_t legsEach = 0;  // legs back, and legs ahead, for each traveller
};

TrailReach trailReach(size_t travellers);

}  // namespace itinera
