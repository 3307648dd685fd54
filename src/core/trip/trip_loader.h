// Loading a trip file (GeoJSON FeatureCollection with a "trip" member, docs/trip-format.md):
// syntax, encoding, structure and meaning are all checked, and every problem is reported.
// The file must be UTF-8; a UTF-8 byte-order mark is skipped, UTF-16 and UTF-32 are refused in
// one message, and so is any NUL byte (JSON parsers would otherwise stop there).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/time/trip_clock.h"
#include "core/time/zone_map.h"
#include "core/trip/trip.h"
#include "core/trip/trip_problem.h"

namespace itinera {

struct TripLoadOptions {
  size_t maxBytes = size_t{16} << 20;  // larger files are rejected before being read
  // When set, every coordinate must also lie in this box (e.g. the map CRS's area of use, see
  // crsAreaOfUse in trip_area.h). The file's own RFC 7946 "bbox", when present, always applies.
  std::optional<LonLatBox> areaOfUse;
  std::string zoneinfoDir = kSystemZoneinfo;
  // The time-zone map that gives places without `time_zone` their zone (zone_map.h); null means
  // the bundled one, read when a place needs it. `mapZones` false leaves those places unmapped.
  std::shared_ptr<const ZoneMap> zoneMap;
  bool mapZones = true;
  // Check every citation of a file-backed source against its file (sha256, paragraph, span) when
  // the file is found: beside the trip, in its "sources" directory, or in `sourceDirs`. A source
  // whose file is found nowhere gets a note, which does not fail the load.
  bool checkCitedSources = true;
  std::vector<std::string> sourceDirs;
};

struct TripLoadResult {
  std::optional<Trip> trip;  // set only when there are no problems other than notes
  std::optional<TripClock> clock;  // the trip's clock (its time zone), set with `trip`
  std::vector<TripProblem> problems;  // in the order found; notes (TripProblem::note) among them
  bool ok() const { return trip.has_value(); }
};

TripLoadResult loadTrip(const std::string& path, const TripLoadOptions& options = {});
TripLoadResult loadTripFromString(const std::string& text, const std::string& nameForMessages,
                                  const TripLoadOptions& options = {});

}  // namespace itinera
