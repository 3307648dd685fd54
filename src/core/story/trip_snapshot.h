// One version of a trip and what is derived from it (its clock and timeline), built once when
// the version is committed and never changed after. Windows, exports and threads share a
// version by holding its pointer; an edit commits a new version beside it.
#pragma once

#include <cstdint>
#include <memory>

#include "core/time/timeline.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

class TripSnapshot {
 public:
  // `clock` is the trip's (as the loader made it); the trip is indexed here.
  static std::shared_ptr<const TripSnapshot> make(Trip trip, TripClock clock);

  const Trip& trip() const { return trip_; }
  const TripClock& clock() const { return clock_; }
  const Timeline& timeline() const { return timeline_; }
  // Distinct for each snapshot made in this process: a key for what is cached per version.
  uint64_t version() const { return version_; }

  TripSnapshot(const TripSnapshot&) = delete;  // the timeline points into the trip
  TripSnapshot& operator=(const TripSnapshot&) = delete;

 private:
  TripSnapshot(Trip trip, TripClock clock);
  Trip trip_;
  TripClock clock_;
  Timeline timeline_;
  uint64_t version_;
};

}  // namespace itinera
