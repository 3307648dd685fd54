// The local time of each place of a trip, through its own zone, its parent's, the map's or the trip's.
#include "core/time/place_zones.h"

#include <cstdio>
#include <utility>

#include "core/time/zone_map.h"
#include "core/trip/trip.h"

namespace itinera {

const char* toString(ZoneSource s) {
  switch (s) {
    case ZoneSource::Place: return "the place's time_zone";
    case ZoneSource::Parent: return "the containing place's time_zone";
    case ZoneSource::Map: return toString(ZoneFit::Inside);
    case ZoneSource::MapNearest: return toString(ZoneFit::Nearest);
    case ZoneSource::Nautical: return toString(ZoneFit::Nautical);
    case ZoneSource::Trip: return "the trip's time_zone";
  }
  return "";
}

namespace {

ZoneSource sourceOfFit(ZoneFit fit) {
  switch (fit) {
    case ZoneFit::Inside: return ZoneSource::Map;
    case ZoneFit::Nearest: return ZoneSource::MapNearest;
    case ZoneFit::Nautical: return ZoneSource::Nautical;
  }
  return ZoneSource::Map;
}

// The place's own zone, else the one stated for a place containing it, else its mapped zone.
std::pair<std::string, ZoneSource> zoneOf(const Trip& trip, const Place& p) {
  if (!p.timeZone.empty()) return {p.timeZone, ZoneSource::Place};
  auto lookup = [&](const std::string& id) { return trip.place(id); };
  for (const Place* above : placeAncestors(p, lookup))
    if (!above->timeZone.empty()) return {above->timeZone, ZoneSource::Parent};
  if (p.mappedZone) return {p.mappedZone->zone, sourceOfFit(p.mappedZone->fit)};
  return {"", ZoneSource::Trip};
}

}  // namespace

PlaceZones::PlaceZones(const Trip& trip, const TripClock& home, const std::string& zoneinfoDir) : home_(home) {
  for (const Place& p : trip.places) {
    auto [zone, source] = zoneOf(trip, p);
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

std::string PlaceZones::withZone(const std::string& label, const std::string& placeId, int64_t utc) const {
  return several_ ? label + " " + clockFor(placeId).abbreviation(utc) : label;
}

void mapPlaceZones(Trip& trip, const ZoneMap& map) {
  for (Place& p : trip.places)
    if (p.located && p.timeZone.empty()) p.mappedZone = map.zoneAt(p.location);
}

std::string timeWithZone(const TripClock& clock, int64_t utc) {
  CivilTime c = clock.civil(utc);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  return std::string(buf) + " " + clock.abbreviation(utc);
}

}  // namespace itinera
