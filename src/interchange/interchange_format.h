// The interchange formats `itinera export` writes, and the file name each one expects.
#pragma once

#include <optional>
#include <string>

#include "core/io/result.h"

namespace itinera {

enum class InterchangeFormat { Calendar, Spreadsheet, GeoPackage, Kml };

// "ics", "csv", "gpkg", "kml" to the format; nullopt for other kinds.
std::optional<InterchangeFormat> interchangeFormatNamed(const std::string& kind);
// The extension `format` writes: ".ics", ".csv", ".gpkg", ".kml" (KML also ".kmz", zipped).
const char* interchangeExtension(InterchangeFormat format);
// `path` checked against the format: an error naming -o when its extension is not the format's.
Result<std::string> interchangeOutput(InterchangeFormat format, const std::string& path);

}  // namespace itinera
