// Where the bundled data (geodata/) lives: $ITINERA_DATA_DIR, else found beside the executable.
#pragma once

#include <string>

#include "core/io/result.h"

namespace itinera {

// A file every data directory holds; it marks the directory when searching for it.
inline constexpr const char* kDataMarker = "geodata/trips/panama-2022.geojson";

// $ITINERA_DATA_DIR when set (taken as given), else the nearest ancestor of the running
// executable's directory holding kDataMarker; an error naming where it looked otherwise.
Result<std::string> findDataDirectory();

// The nearest directory at or above `start` holding kDataMarker, or empty.
std::string dataDirectoryAbove(const std::string& start);

// The basemap file given with --basemap, for every map this process loads; empty: the bundled
// world and regions. Set once, before any map loads.
void setBasemapFile(const std::string& path);
const std::string& basemapFile();

// findDataDirectory()'s answer, found once; empty when there is none (callers that must have
// one check findDataDirectory() first and report its error).
std::string dataDirectory();

}  // namespace itinera
