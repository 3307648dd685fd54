// The local time of each place of a trip: a place's own `time_zone`, else the one stated for the
// place that contains it, else the zone of its location on the time-zone map, else the trip's.
// Events are shown in their place's time.
#pragma once

#include <string>
#include <unordered_map>

#include "core/time/trip_clock.h"

namespace itinera {

struct Trip;

// Where a place's zone came from, for the basis shown beside a local time.
enum class ZoneSource { Place, Parent, Map, MapNearest, Nautical, Trip };
// "the place's time_zone", "the containing place's time_zone", "the time-zone map", "the nearest
// zone on the time-zone map", "the nautical zone of its longitude", "the trip's time_zone"
const char* toString(ZoneSource s);

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
  // "14:00 EDT" when the trip spans several zones, else "14:00": a label of the trip's clock
  // (trip_text.h) followed by the zone's abbreviation.
  std::string withZone(const std::string& label, const std::string& placeId, int64_t utc) const;
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

class ZoneMap;
// Records on every located place without its own `time_zone` the zone of its location on `map`.
void mapPlaceZones(Trip& trip, const ZoneMap& map);

}  // namespace itinera
