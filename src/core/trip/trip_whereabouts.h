// Where each traveller is at any moment: at a place (during an event or between two), on a leg,
// or away (outside their stay). Used by the validator and by anything that animates the trip.
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

struct Whereabouts {
  enum class Kind { Away, AtPlace, OnLeg };
  Kind kind = Kind::Away;
  std::string place;              // AtPlace
  const Event* event = nullptr;   // AtPlace, during an event
  const Leg* leg = nullptr;       // OnLeg
  double fraction = 0;            // OnLeg: share of the leg's time elapsed, 0..1
};

// Where `personId` is at Unix time `utc`: away outside their stay (Traveller::from..until),
// otherwise at the place of the event under way, on the leg under way, or at the place the
// previous stretch ended.
Whereabouts whereaboutsAt(const Trip& trip, const std::string& personId, int64_t utc);

}  // namespace itinera
