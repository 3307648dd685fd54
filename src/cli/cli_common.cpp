// Option handling shared by the verbs.
#include "cli/cli_common.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "core/geo/projection.h"
#include "core/geo/trip_area.h"
#include "core/io/data_directory.h"
#include "core/story/briefing.h"

namespace itinera {

int fail(const std::string& message, int code) {
  std::cerr << "itinera: " << message << "\n";
  if (code == kExitUsage) std::cerr << "Try 'itinera --help'.\n";
  return code;
}

namespace {

// `locate LON LAT` takes no trip: its views and CRS are the bundled trip's.
Result<std::string> optionTripPath(const CommandLine& cl) {
  if (cl.verb != "locate" || cl.has("--place")) return tripPathOption(cl);
  auto dir = findDataDirectory();
  if (!dir) return Error{dir.error()};
  return defaultTripPath(dir.value());
}

}  // namespace

const Trip* optionTrip(const CommandLine& cl) {
  static std::map<std::string, std::optional<Trip>> read;  // by path: the verbs ask more than once
  auto path = optionTripPath(cl);
  if (!path) return nullptr;
  auto it = read.find(path.value());
  if (it == read.end()) {
    TripLoadOptions quick;
    quick.checkCitedSources = false;
    it = read.emplace(path.value(), loadTrip(path.value(), quick).trip).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::vector<NamedView> optionViews(const CommandLine& cl, const std::string& crs) {
  if (const Trip* trip = optionTrip(cl)) return tripViews(*trip);
  LonLatBox area = crsAreaOfUse(crs).value_or(LonLatBox{-84, 0, -78, 20});
  return {{"overview", "Overview", {area.west, std::max(area.south, -80.0)}, {area.east, std::min(area.north, 80.0)}}};
}

Result<NamedView> viewOption(const CommandLine& cl, const std::string& fallback) {
  auto crs = crsOption(cl);
  std::vector<NamedView> views = optionViews(cl, crs ? crs.value() : std::string(kDefaultCrs));
  std::string name = cl.get("--view", fallback);
  auto view = findView(views, name);
  if (!view) return Error{"--view: unknown view '" + name + "'; the views are: " + viewNamesList(views)};
  return *view;
}

Result<Viewport> sizeOption(const CommandLine& cl, Viewport fallback) {
  if (!cl.has("--size")) return fallback;
  auto size = parseSize(cl.get("--size"));
  if (!size) return Error{"--size: " + size.error()};
  return size;
}

Result<CrsChoice> crsChoiceOption(const CommandLine& cl) {
  if (cl.has("--crs")) {
    std::string crs = cl.get("--crs");
    auto projection = Projection::create(crs);
    if (!projection) return Error{"--crs: " + projection.error()};
    return CrsChoice{crs, projection->name().empty() ? crs : projection->name(), "given by --crs"};
  }
  if (const Trip* trip = optionTrip(cl)) return crsForTrip(*trip);
  return CrsChoice{kDefaultCrs, "WGS 84 / UTM zone 17N", "the default"};
}

Result<std::string> crsOption(const CommandLine& cl) {
  auto choice = crsChoiceOption(cl);
  if (!choice) return Error{choice.error()};
  return choice->definition;
}

Result<std::string> outputOption(const CommandLine& cl) {
  if (!cl.has("-o")) return Error{"render needs an output file: -o out.png"};
  std::filesystem::path path = cl.get("-o");
  if (path.empty() || path.filename().empty()) return Error{"-o: '" + path.string() + "' is not a file name"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (ext != ".png" || path.stem().empty())
    return Error{"-o: '" + path.string() + "': expected a .png file name, e.g. out.png"};
  std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Error{"-o: '" + path.string() + "': no directory '" + dir.string() + "'"};
  if (access(dir.c_str(), W_OK) != 0) return Error{"-o: '" + path.string() + "': directory '" + dir.string() + "' is not writable"};
  return path.string();
}

TripLoadOptions tripLoadOptions(const std::string& crs) {
  TripLoadOptions options;
  options.areaOfUse = crsAreaOfUse(crs, kAreaOfUseMarginDegrees);
  return options;
}

Result<std::string> tripPathOption(const CommandLine& cl) {
  if (!cl.positional.empty()) return cl.positional[0];
  auto dir = findDataDirectory();
  if (!dir) return Error{dir.error()};
  return defaultTripPath(dir.value());
}

Result<std::vector<std::string>> sourceDirectories(const CommandLine& cl) {
  std::vector<std::string> dirs;
  if (cl.has("--sources")) {
    std::error_code ec;
    if (!std::filesystem::is_directory(cl.get("--sources"), ec))
      return Error{"--sources: no directory '" + cl.get("--sources") + "'"};
    dirs.push_back(cl.get("--sources"));
  }
  if (const char* env = std::getenv("ITINERA_SOURCES"); env && *env) dirs.push_back(env);
  return dirs;
}

}  // namespace itinera
