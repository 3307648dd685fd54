// From what a row says of a place (a name, an airport code, or coordinates) to a point, with the
// precision and the reason it is honest to claim; ambiguous names come back with their candidates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "authoring/gazetteer.h"
#include "core/io/result.h"

namespace itinera {

struct LatLon {
  double lat = 0, lon = 0;
};

// What narrows a name down: a country (ISO code) and a point the place should be near.
struct PlaceHint {
  std::string country;
  std::optional<LatLon> near;
  std::string nearLabel;  // how --near was written, for the reason
};

struct ResolvedPlace {
  std::string name;
  LatLon point;
  std::string kind;       // "city", "airport" or "place" (coordinates given)
  std::string precision;  // "exact" or "city"
  std::string country;    // ISO code, or "" when coordinates were given
  std::string reason;     // how the gazetteer resolved it; "" when the row gave the coordinates
};

// "8.97, -79.53" (latitude first, as spreadsheets and maps write it), or nothing.
std::optional<LatLon> parseLatLon(std::string_view text);

Result<ResolvedPlace> resolvePlace(const Gazetteer& gazetteer, std::string_view text, const PlaceHint& hint);

// Great-circle distance in kilometres.
double distanceKm(LatLon a, LatLon b);

}  // namespace itinera
