// From what a row says of a place (a name, an airport code, or coordinates) to a point, with the
// precision and the reason it is honest to claim; ambiguous names come back with their candidates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  std::string kind;       // "city", "airport", "place" (coordinates given), or a region's type ("country", "province", ...)
  std::string precision;  // "exact", "city" or "region"
  std::string country;    // ISO code, or "" when coordinates were given
  std::string reason;     // how the gazetteer resolved it; "" when the row gave the coordinates
};

// "8.97, -79.53" (latitude first, as spreadsheets and maps write it), or nothing.
std::optional<LatLon> parseLatLon(std::string_view text);

Result<ResolvedPlace> resolvePlace(const Gazetteer& gazetteer, std::string_view text, const PlaceHint& hint);

// A place a search offers: what it is, with its country ("San José (Costa Rica, division 08,
// population 335,007)"), and the place it resolves to if chosen.
struct PlaceCandidate {
  std::string label;
  ResolvedPlace place;
};
// Every place `text` may name, for a user to choose from: coordinates, an airport by its code,
// then the cities and airports of that name (most populous first), then countries and divisions;
// "Name, Country" keeps that country's. At most `limit`; each records how it was found.
std::vector<PlaceCandidate> searchPlaces(const Gazetteer& gazetteer, std::string_view text, size_t limit = 12);

// Great-circle distance in kilometres.
double distanceKm(LatLon a, LatLon b);

}  // namespace itinera
