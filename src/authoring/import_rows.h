// What `itinera import` reads from a spreadsheet or a calendar, before it becomes a trip: one
// row per event, each with where it is in the file (for messages and citations).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "authoring/place_resolver.h"
#include "core/trip/trip.h"
#include "core/trip/trip_problem.h"

namespace itinera {

// A value as written, and where it starts in the file.
struct Located {
  std::string text;
  int line = 0, column = 0;
};

struct ImportPerson {
  Located name;
  std::string role;  // "Minister" from "Ana Example (Minister)"; "" when not given
};

struct ImportRow {
  int line = 0, column = 1;       // where the row (or VEVENT) starts
  size_t byteBegin = 0, byteEnd = 0;  // its bytes in the file: the unit that is cited
  std::string title, summary, kind;
  Located place, country, mode, source;
  std::optional<LatLon> point;    // lat and lon given
  int64_t start = 0, end = 0;     // UTC seconds
  TimePrecision precision = TimePrecision::Minute;
  bool dayOnly = false;           // only the date is known (start and end are then midnights)
  Located when;                   // where the time was written, for conflicts
  std::vector<ImportPerson> participants;
  std::vector<Located> travellers;
};

struct ImportedRows {
  std::vector<ImportRow> rows;
  std::string timeZone;  // from the file (an ICS TZID), when it names one
};

// "Ana Example (Minister); Luis Sample" -> two people, positions counted from `cell`.
std::vector<ImportPerson> splitPeople(const Located& cell);

}  // namespace itinera
