// The trip as a GeoPackage for QGIS (its Temporal Controller reads the date-time fields), written
// with GDAL: layers places, events, legs and positions (each traveller every 5 minutes).
#pragma once

#include <string>

#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

inline constexpr int kPositionStepSeconds = 5 * 60;

struct GeoPackageCounts {
  int places = 0, events = 0, legs = 0, positions = 0;
};

// Writes `path` atomically; returns "" or an error naming `path`. `counts` gets the features written.
std::string writeGeoPackage(const Trip& trip, const Timeline& timeline, const std::string& path,
                            GeoPackageCounts* counts = nullptr);

}  // namespace itinera
