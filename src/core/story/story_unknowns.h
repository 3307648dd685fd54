// What the trip does not know, derived from the trip itself and worded for the closing card:
// events whose hour or date is not known, places known only roughly, facts inferred or resting
// on weaker evidence.
#pragma once

#include <string>
#include <vector>

#include "core/trip/trip.h"

namespace itinera {

// One sentence each, in a fixed order; parts with nothing to say are left out.
std::vector<std::string> tripUnknowns(const Trip& trip);

}  // namespace itinera
