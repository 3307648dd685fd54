// Loading a trip file (GeoJSON FeatureCollection with a "trip" member, docs/trip-format.md):
// syntax, encoding, structure and meaning are all checked, and every problem is reported.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/trip/trip.h"
#include "core/trip/trip_problem.h"

namespace itinera {

struct TripLoadOptions {
  size_t maxBytes = size_t{16} << 20;  // larger files are rejected before being read
  // When set, every coordinate must also lie in this box (e.g. the map CRS's area of use, see
  // crsAreaOfUse in trip_area.h). The file's own RFC 7946 "bbox", when present, always applies.
  std::optional<LonLatBox> areaOfUse;
  std::string zoneinfoDir = "/usr/share/zoneinfo";
};

struct TripLoadResult {
  std::optional<Trip> trip;  // set only when there are no problems
  std::vector<TripProblem> problems;
  bool ok() const { return trip.has_value(); }
};

TripLoadResult loadTrip(const std::string& path, const TripLoadOptions& options = {});
TripLoadResult loadTripFromString(const std::string& text, const std::string& nameForMessages,
                                  const TripLoadOptions& options = {});

}  // namespace itinera
