// The trip as a spreadsheet: one CSV row per event (RFC 4180 quoting, UTF-8 with a byte order
// mark so Excel reads accents), written with GDAL's CSV driver.
#pragma once

#include <string>

#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

// The columns, in order. `date`, `start` and `end` are local to the zone in `time_zone`.
inline constexpr const char* kSpreadsheetColumns[] = {
    "id", "date", "start", "end", "time_zone", "time_precision", "when", "place", "lon", "lat", "location_precision",
    "title", "participants", "grades", "sources"};

// Writes `path` atomically; returns "" or an error naming `path`.
std::string writeSpreadsheet(const Trip& trip, const TripClock& clock, const std::string& path);

}  // namespace itinera
