// Loading a trip file: size and encoding checks, JSON parsing with exact positions, then the
// structure (trip_parse.h) and the meaning (trip_validate.h).
#include "core/trip/trip_loader.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/io/regular_file.h"
#include "core/time/place_zones.h"
#include "core/trip/json_parse.h"
#include "core/trip/json_text.h"
#include "core/trip/trip_checks.h"
#include "core/trip/trip_sources.h"
#include "core/trip/trip_parse.h"
#include "core/trip/trip_validate.h"

namespace itinera {
namespace {

constexpr int kMaxDepth = 64;  // trip files nest about 6 deep
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string hexByte(unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  return std::string("0x") + kHex[c >> 4] + kHex[c & 15];
}

// One message for the whole file: the first problem located, the number of others counted.
bool reportEncoding(std::string_view text, ProblemSink& sink) {
  std::string_view foreign = foreignUnicodeEncoding(text);
  if (!foreign.empty()) {
    sink.at(1, 1, "this file is " + std::string(foreign) + "; save it as UTF-8");
    return false;
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    TextPosition at = positionOfByte(text, nul);
    sink.at(at.line, at.column, "NUL byte (0x00): a JSON text cannot hold one (is the file cut short or padded?)");
    return false;
  }
  auto bad = firstInvalidUtf8(text);
  if (!bad) return true;
  size_t more = 0;
  for (size_t pos = *bad + 1; pos < text.size();) {
    auto next = firstInvalidUtf8(text.substr(pos));
    if (!next) break;
    ++more;
    pos += *next + 1;
  }
  TextPosition at = positionOfByte(text, *bad);
  std::string message = "invalid UTF-8 (byte " + hexByte(static_cast<unsigned char>(text[*bad])) + ")";
  if (more > 0) message += ", and " + std::to_string(more) + " more invalid bytes: save the file as UTF-8";
  sink.at(at.line, at.column, message);
  return false;
}

// Reads the document into `trip`; false when it is not a trip file at all, so that there is
// nothing whose meaning could be checked.
bool readDocument(const nlohmann::json& doc, Trip& trip, ProblemSink& sink) {
  if (!doc.is_object() || doc.value("type", nlohmann::json()) != "FeatureCollection") {
    sink.add("", "type", "the file must hold a GeoJSON FeatureCollection");
    return false;
  }
  if (doc.contains("bbox")) {
    const nlohmann::json& b = doc["bbox"];
    bool ok = b.is_array() && b.size() == 4;
    for (size_t i = 0; ok && i < 4; ++i) ok = b[i].is_number();
    if (ok) trip.bbox = LonLatBox{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
    else sink.add("", "bbox", "must be [west, south, east, north]");
  }
  detail::readTripMember(doc.contains("trip") ? doc["trip"] : nlohmann::json(), trip, sink);
  if (!doc.contains("features")) sink.add("", "features", "missing");
  else detail::readFeatures(doc["features"], trip, sink);
  return true;
}

// Places without a stated zone get their location's zone from the map (when it can be read:
// without it they keep the trip's zone, as before the map existed).
void mapZonesOfPlaces(Trip& trip, const TripLoadOptions& options) {
  if (!options.mapZones) return;
  bool needed = false;
  for (const Place& p : trip.places) needed = needed || (p.located && p.timeZone.empty());
  if (!needed) return;
  std::shared_ptr<const ZoneMap> map = options.zoneMap ? options.zoneMap : bundledZoneMap();
  if (map) mapPlaceZones(trip, *map);
}

}  // namespace

TripLoadResult loadTripFromString(const std::string& text, const std::string& name, const TripLoadOptions& options) {
  ProblemSink sink(name);
  TripLoadResult result;
  if (text.size() > options.maxBytes) {
    sink.add("", "", "file is " + std::to_string(text.size()) + " bytes; the limit is " +
                         std::to_string(options.maxBytes));
    result.problems = sink.take();
    return result;
  }
  // A UTF-8 byte-order mark is allowed (RFC 8259 lets parsers ignore it) and not counted in columns.
  std::string_view body = text;
  if (body.substr(0, kUtf8Bom.size()) == kUtf8Bom) body.remove_prefix(kUtf8Bom.size());
  std::optional<nlohmann::json> doc;
  if (reportEncoding(body, sink)) doc = parseJsonText(body, sink, kMaxDepth);
  Trip trip;
  trip.fileName = name;
  // Meaning is checked also after structural problems, to report everything at once.
  if (doc && readDocument(*doc, trip, sink)) {
    trip.reindex();
    mapZonesOfPlaces(trip, options);
    TripClock clock(trip, options.zoneinfoDir);
    validateTrip(trip, clock, options, sink);
    detail::checkCitedSources(trip, options.sourceDirs, sink);
    if (!sink.hasErrors()) {
      result.trip = std::move(trip);
      result.clock = std::move(clock);
    }
  }
  result.problems = sink.take();
  return result;
}

TripLoadResult loadTrip(const std::string& path, const TripLoadOptions& options) {
  Result<std::string> text = readRegularFile(path, options.maxBytes);
  if (!text) {
    TripLoadResult result;
    result.problems.push_back({path, 0, 0, "", "", text.error()});
    return result;
  }
  TripLoadOptions withSources = options;
  if (withSources.checkCitedSources) {  // the trip's own directory first, then the caller's
    std::vector<std::string> besideTrip = defaultSourceDirs(path);
    withSources.sourceDirs.insert(withSources.sourceDirs.begin(), besideTrip.begin(), besideTrip.end());
  }
  return loadTripFromString(text.value(), path, withSources);
}

}  // namespace itinera
