// Format names and extensions, compared without regard to case (".ICS" is a calendar too).
#include "interchange/interchange_format.h"

#include <algorithm>
#include <filesystem>

namespace itinera {

std::optional<InterchangeFormat> interchangeFormatNamed(const std::string& kind) {
  if (kind == "ics") return InterchangeFormat::Calendar;
  if (kind == "csv") return InterchangeFormat::Spreadsheet;
  if (kind == "gpkg") return InterchangeFormat::GeoPackage;
  if (kind == "kml") return InterchangeFormat::Kml;
  return std::nullopt;
}

const char* interchangeExtension(InterchangeFormat format) {
  switch (format) {
    case InterchangeFormat::Calendar: return ".ics";
    case InterchangeFormat::Spreadsheet: return ".csv";
    case InterchangeFormat::GeoPackage: return ".gpkg";
    case InterchangeFormat::Kml: return ".kml";
  }
  return "";
}

Result<std::string> interchangeOutput(InterchangeFormat format, const std::string& path) {
  std::string expected = interchangeExtension(format);
  if (format == InterchangeFormat::Kml) expected = ".kml or .kmz";
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  std::filesystem::path name = std::filesystem::path(path).filename();
  if (name.empty() || name == "." || name == "..")
    return Error{"-o " + path + ": expected a file name ending in " + expected};
  bool kmz = format == InterchangeFormat::Kml && extension == ".kmz";
  if (extension != interchangeExtension(format) && !kmz)
    return Error{"-o " + path + ": expected a file name ending in " + expected +
                 (extension.empty() ? std::string(" (it has no extension)") : " (not " + extension + ")")};
  return path;
}

}  // namespace itinera
