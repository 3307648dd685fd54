// How much of each route the map shows: the rule, and the routes it picks.
#include "core/time/trail_reach.h"

#include <algorithm>

namespace itinera {

TrailReach trailReach(size_t travellers) {
  constexpr size_t kLegsInAll = 10, kLegsAtLeast = 1;
  TrailReach reach;
  reach.legsEach = std::max(kLegsAtLeast, kLegsInAll / std::max<size_t>(1, travellers));
  return reach;
}

std::vector<TravellerRoutes> routesAround(const Timeline& timeline, const Timeline::State& state) {
  const TrailReach reach = trailReach(state.travellers.size());
  std::vector<TravellerRoutes> out;
  for (const Timeline::TravellerState& t : state.travellers)
    out.push_back({timeline.trailUntil(t.id, state.time, state.time - reach.backSeconds, reach.legsEach),
                   timeline.routeAfter(t.id, state.time, state.time + reach.aheadSeconds, reach.legsEach)});
  return out;
}

}  // namespace itinera
