// Committing a version of a trip: index it, then build its timeline on it.
#include "core/story/trip_snapshot.h"

#include <atomic>

namespace itinera {
namespace {

uint64_t nextVersion() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

Trip indexed(Trip trip) {
  trip.reindex();
  return trip;
}

}  // namespace

TripSnapshot::TripSnapshot(Trip trip, TripClock clock)
    : trip_(indexed(std::move(trip))), clock_(std::move(clock)), timeline_(trip_, clock_), version_(nextVersion()) {}

std::shared_ptr<const TripSnapshot> TripSnapshot::make(Trip trip, TripClock clock) {
  return std::shared_ptr<const TripSnapshot>(new TripSnapshot(std::move(trip), std::move(clock)));
}

}  // namespace itinera
