#include "core/time/trail_reach.h"

#include <algorithm>

namespace itinera {

TrailReach trailReach(size_t travellers) {
  constexpr size_t kLegsInAll = 20, kLegsAtLeast = 2;
  TrailReach reach;
  reach.legsEach = std::max(kLegsAtLeast, kLegsInAll / std::max<size_t>(1, travellers));
  return reach;
}

}  // namespace itinera
