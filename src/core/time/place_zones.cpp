// The local time of each place of a trip, through its own zone, its parent's or the trip's.
#include "core/time/place_zones.h"

#include <cstdio>

#include "core/trip/trip.h"

namespace itinera {

const char* toString(ZoneSource s) {
  switch (s) {
    case ZoneSource::Place: return "the place's time_zone";
    case ZoneSource::Parent: return "the containing place's time_zone";
    case ZoneSource::Trip: return "the trip's time_zone";
  }
  return "";
}

PlaceZones::PlaceZones(const Trip& trip, const TripClock& home, const std::string& zoneinfoDir) : home_(home) {
  auto lookup = [&](const std::string& id) { return trip.place(id); };
  for (const Place& p : trip.places) {
    std::string zone = p.timeZone;
    ZoneSource source = zone.empty() ? ZoneSource::Trip : ZoneSource::Place;
    for (const Place* above : placeAncestors(p, lookup)) {
      if (!zone.empty()) break;
      zone = above->timeZone;
      if (!zone.empty()) source = ZoneSource::Parent;
    }
    if (zone.empty() || zone == home.zoneName()) {
      places_.emplace(p.id, Entry{&home_, source});
      continue;
    }
    auto it = clocks_.find(zone);
    if (it == clocks_.end()) it = clocks_.emplace(zone, TripClock(zone, home.offset(trip.periodStart), zoneinfoDir)).first;
    places_.emplace(p.id, Entry{&it->second, source});
    several_ = true;
  }
}

const TripClock& PlaceZones::clockFor(const std::string& placeId) const {
  auto it = places_.find(placeId);
  return it == places_.end() ? home_ : *it->second.clock;
}

ZoneSource PlaceZones::sourceOf(const std::string& placeId) const {
  auto it = places_.find(placeId);
  return it == places_.end() ? ZoneSource::Trip : it->second.source;
}

std::string timeWithZone(const TripClock& clock, int64_t utc) {
  CivilTime c = clock.civil(utc);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  return std::string(buf) + " " + clock.abbreviation(utc);
}

}  // namespace itinera
