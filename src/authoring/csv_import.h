// Rows of an itinerary spreadsheet (CSV with a header of documented columns, docs/import.md).
#pragma once

#include <string>
#include <string_view>

#include "authoring/import_rows.h"
#include "core/time/trip_clock.h"

namespace itinera {

// The columns a header may name, in the order docs/import.md lists them.
const std::vector<std::string>& csvColumns();

// Reads every row, reporting each problem (unknown column, unreadable date or time, ...) with
// its line and column into `sink`; local times are read in `clock`'s zone.
ImportedRows readCsvRows(std::string_view text, const TripClock& clock, ProblemSink& sink);

}  // namespace itinera
