// `itinera import` without the command line: a spreadsheet or calendar file in, a trip file's
// text out, or every problem found, each at its place in the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "authoring/place_resolver.h"
#include "core/trip/trip_problem.h"

namespace itinera {

struct ImportRequest {
  std::string path;      // FILE.csv or FILE.ics
  std::string title;     // "" -> the file's name
  std::string timeZone;  // "" -> the calendar's, required for a spreadsheet
  PlaceHint hint;        // --near, already resolved
};

struct ImportOutcome {
  std::optional<std::string> tripText;  // set when there is no problem
  std::vector<TripProblem> problems;
};

// Whether the path names a spreadsheet (.csv) or a calendar (.ics), by its extension.
bool isCsvPath(const std::string& path);
bool isIcsPath(const std::string& path);

// Reads, resolves and builds; the trip is then loaded as `itinera validate` would (its
// citations checked against the imported file), so what is returned validates.
ImportOutcome importItinerary(const ImportRequest& request, const Gazetteer& gazetteer);

}  // namespace itinera
