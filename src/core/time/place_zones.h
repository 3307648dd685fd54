// The local time of each place of a trip: a place's own `time_zone`, else the zone of the place
// that contains it, else the trip's. Events are shown in their place's time.
#pragma once

#include <string>
#include <unordered_map>

#include "core/time/trip_clock.h"

namespace itinera {

struct Trip;

// Where a place's zone came from, for the basis shown beside a local time.
enum class ZoneSource { Place, Parent, Trip };
const char* toString(ZoneSource s);  // "the place's time_zone", "the containing place's", "the trip's"

class PlaceZones {
 public:
  PlaceZones(const Trip& trip, const TripClock& home, const std::string& zoneinfoDir = kSystemZoneinfo);
  PlaceZones(const PlaceZones&) = delete;  // places_ points into clocks_
  PlaceZones& operator=(const PlaceZones&) = delete;

  // The clock of `placeId`'s local time; the trip's clock for an unknown place or ""
  const TripClock& clockFor(const std::string& placeId) const;
  ZoneSource sourceOf(const std::string& placeId) const;
  // True when the trip's places are in more than one zone: then times carry their abbreviation.
  bool several() const { return several_; }
  const TripClock& home() const { return home_; }

 private:
  struct Entry {
    const TripClock* clock;
    ZoneSource source;
  };
  const TripClock& home_;
  std::unordered_map<std::string, TripClock> clocks_;  // by zone name
  std::unordered_map<std::string, Entry> places_;
  bool several_ = false;
};

// "14:00 EDT": the local time at `utc` in `clock`'s zone with its abbreviation.
std::string timeWithZone(const TripClock& clock, int64_t utc);

}  // namespace itinera
