// Each traveller's itinerary as stretches (events and legs), which the validator checks and
// the Timeline evaluates at any moment.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/trip/trip.h"

namespace itinera {

// One stretch of a traveller's itinerary: an event at a place, or a leg between two places.
struct Stretch {
  int64_t start = 0, end = 0;  // Unix seconds, best estimates
  std::string startPlace, endPlace;
  const Event* event = nullptr;  // exactly one of event and leg is set
  const Leg* leg = nullptr;
};

// The traveller's events (those with a place) and legs, by start time.
std::vector<Stretch> itinerary(const Trip& trip, const std::string& personId);

}  // namespace itinera
