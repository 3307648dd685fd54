// Choosing the map CRS of a trip: named by the trip, a UTM zone, or a conformal projection on it.
#include "core/geo/trip_crs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/geo/projection.h"

namespace itinera {
namespace {

std::string degrees(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// PROJ's name of `definition`, or `fallback` when it has none of its own.
std::string projName(const std::string& definition, const std::string& fallback) {
  auto p = Projection::create(definition);
  if (!p || p->name().empty() || p->name() == "unknown" || p->name() == "unnamed") return fallback;
  return p->name();
}

std::optional<CrsChoice> utmZoneFor(const LonLatBox& e) {
  double centreLon = (e.west + e.east) / 2;
  int zone = std::clamp(int(std::floor((centreLon + 180) / 6)) + 1, 1, 60);
  double zoneWest = -180 + 6.0 * (zone - 1), zoneEast = zoneWest + 6;
  bool north = e.south >= -kUtmMarginDegrees, south = e.north <= kUtmMarginDegrees;
  if (e.west < zoneWest - kUtmMarginDegrees || e.east > zoneEast + kUtmMarginDegrees) return std::nullopt;
  if (e.north - e.south > kUtmMaxLatitudeSpan || e.north > 84 || e.south < -80 || !(north || south)) return std::nullopt;
  std::string code = "EPSG:" + std::to_string((north ? 32600 : 32700) + zone);
  return CrsChoice{code, projName(code, "WGS 84 / UTM zone " + std::to_string(zone) + (north ? "N" : "S")),
                   "chosen for the trip"};
}

CrsChoice conformalFor(const LonLatBox& e) {
  double lon0 = (e.west + e.east) / 2, lat0 = (e.south + e.north) / 2;
  double span = std::max(e.east - e.west, e.north - e.south);
  std::string centre = "+lat_0=" + degrees(lat0) + " +lon_0=" + degrees(lon0);
  std::string tail = " +datum=WGS84 +units=m +no_defs +type=crs";
  std::string definition;
  double lat1 = e.south + (e.north - e.south) / 6, lat2 = e.north - (e.north - e.south) / 6;
  if (span > kStereographicDegrees)
    definition = "+proj=stere " + centre + " +k=1" + tail;
  else if (std::abs(lat1 + lat2) < 2)  // a cone cannot touch both sides of the equator evenly
    definition = "+proj=merc +lon_0=" + degrees(lon0) + tail;
  else
    definition = "+proj=lcc " + centre + " +lat_1=" + degrees(lat1) + " +lat_2=" + degrees(lat2) + tail;
  return {definition, projName(definition, definition), "chosen for the trip"};
}

}  // namespace

std::optional<LonLatBox> tripExtent(const Trip& trip) {
  LonLatBox box{1e9, 1e9, -1e9, -1e9};
  auto add = [&](LonLat p) {
    box.west = std::min(box.west, p.lon), box.east = std::max(box.east, p.lon);
    box.south = std::min(box.south, p.lat), box.north = std::max(box.north, p.lat);
  };
  for (const Place& p : trip.places) {
    if (!p.located) continue;
    add(p.location);
    for (const Polygon& polygon : p.areas)
      for (const LonLat& q : polygon.front()) add(q);
  }
  for (const Leg& l : trip.legs)
    for (const LonLat& q : l.route) add(q);
  if (box.west > box.east) return std::nullopt;
  return box;
}

CrsChoice chooseCrs(const LonLatBox& extent) {
  if (auto utm = utmZoneFor(extent)) return *utm;
  return conformalFor(extent);
}

CrsChoice crsForTrip(const Trip& trip) {
  if (!trip.crs.empty()) return {trip.crs, projName(trip.crs, trip.crs), "named by the trip"};
  auto extent = tripExtent(trip);
  if (!extent) return {kDefaultCrs, projName(kDefaultCrs, "WGS 84 / UTM zone 17N"), "the default (the trip has no places)"};
  return chooseCrs(*extent);
}

}  // namespace itinera
