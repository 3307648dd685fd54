// Shared pieces of the command-line verbs: exit codes, option values checked before any work.
#pragma once

#include <string>
#include <vector>

#include "cli/command_line.h"
#include "core/camera/views.h"
#include "core/geo/trip_crs.h"
#include "core/trip/trip_loader.h"

namespace itinera {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// A trip point may lie this far outside the CRS's area of use (the map shows a little more).
inline constexpr double kAreaOfUseMarginDegrees = 1.5;

// Prints "itinera: message" on stderr (with a pointer to --help for usage errors); returns `code`.
int fail(const std::string& message, int code);

// The trip the options name (the first argument, else the bundled trip), read once for its views
// and CRS before any other work; null when it does not load (its problems are reported later).
const Trip* optionTrip(const CommandLine& cl);
// The views of optionTrip (tripViews), or only "overview", the CRS's area of use, without a trip.
std::vector<NamedView> optionViews(const CommandLine& cl, const std::string& crs);

// --view (default `fallback`) as a view of the trip, or a usage error listing the trip's views.
Result<NamedView> viewOption(const CommandLine& cl, const std::string& fallback = "overview");
// --size (default `fallback`).
Result<Viewport> sizeOption(const CommandLine& cl, Viewport fallback);
// The map's CRS: --crs once PROJ has made a map projection of it (else a usage error naming the
// value), else the trip's own or one chosen for it (crsForTrip), else EPSG:32617.
Result<CrsChoice> crsChoiceOption(const CommandLine& cl);
// The same, its definition only.
Result<std::string> crsOption(const CommandLine& cl);
// -o: a non-empty .png name in an existing, writable directory.
Result<std::string> outputOption(const CommandLine& cl);

// The checks every trip is loaded with, in the app and in every verb: those of `crs`'s map.
TripLoadOptions tripLoadOptions(const std::string& crs);

// The trip file: the first argument, else the bundled trip (an error if no data directory).
Result<std::string> tripPathOption(const CommandLine& cl);

// Where cited source documents are looked for: --sources, $ITINERA_SOURCES, then the
// directories beside the trip (added when the trip is loaded).
// A --sources that is not a directory is an error.
Result<std::vector<std::string>> sourceDirectories(const CommandLine& cl);

}  // namespace itinera
