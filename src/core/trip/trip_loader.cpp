// Loading a trip file: size and encoding checks, JSON parsing with exact positions, then the
// structure (trip_parse.h) and the meaning (trip_validate.h).
#include "core/trip/trip_loader.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/trip/json_text.h"
#include "core/trip/trip_parse.h"
#include "core/trip/trip_validate.h"

namespace itinera {
namespace {

constexpr int kMaxDepth = 64;  // trip files nest about 6 deep

struct TooDeep {
  size_t byte;
};

void reportInvalidUtf8(const std::string& text, ProblemSink& sink) {
  size_t pos = 0;
  for (int reported = 0; reported < 20 && pos < text.size(); ++reported) {
    auto bad = firstInvalidUtf8(std::string_view(text).substr(pos));
    if (!bad) break;
    pos += *bad;
    TextPosition at = positionOfByte(text, pos);
    sink.at(at.line, at.column, "invalid UTF-8 (byte 0x" +
                                    std::string(1, "0123456789abcdef"[(unsigned char)text[pos] >> 4]) +
                                    std::string(1, "0123456789abcdef"[(unsigned char)text[pos] & 15]) + ")");
    ++pos;
  }
}

// nlohmann's message without its "[json.exception...] parse error at ...: " prefix.
std::string parseMessage(const std::string& what) {
  size_t colon = what.find(": ");
  std::string m = colon == std::string::npos ? what : what.substr(colon + 2);
  return "JSON syntax error: " + m;
}

std::optional<nlohmann::json> parseJson(const std::string& text, ProblemSink& sink) {
  // The callback sees the nesting depth; give up on absurd nesting instead of building it.
  nlohmann::json::parser_callback_t limitDepth = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > kMaxDepth) throw TooDeep{0};
    return true;
  };
  try {
    return nlohmann::json::parse(text, limitDepth);
  } catch (const nlohmann::json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    TextPosition at = positionOfByte(text, offset);
    sink.at(at.line, at.column, parseMessage(e.what()));
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double (id 406): nlohmann gives the token but not its position.
    std::string what = e.what();
    size_t open = what.find('\''), close = what.rfind('\'');
    size_t at = open < close ? text.find(what.substr(open + 1, close - open - 1)) : std::string::npos;
    TextPosition pos = positionOfByte(text, at == std::string::npos ? 0 : at);
    sink.at(pos.line, pos.column, "number out of range: " + what.substr(open == std::string::npos ? 0 : open));
  } catch (const nlohmann::json::exception& e) {
    sink.add("", "", std::string("JSON error: ") + e.what());
  } catch (const TooDeep&) {
    sink.add("", "", "JSON nested more than " + std::to_string(kMaxDepth) + " levels deep");
  }
  return std::nullopt;
}

void readDocument(const nlohmann::json& doc, Trip& trip, ProblemSink& sink) {
  if (!doc.is_object() || doc.value("type", nlohmann::json()) != "FeatureCollection") {
    sink.add("", "type", "the file must hold a GeoJSON FeatureCollection");
    return;
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
  reportInvalidUtf8(text, sink);
  std::optional<nlohmann::json> doc;
  if (sink.empty()) doc = parseJson(text, sink);
  if (doc) {
    Trip trip;
    trip.fileName = name;
    readDocument(*doc, trip, sink);
    validateTrip(trip, options, sink);  // also after structural problems: report everything at once
    if (sink.empty()) result.trip = std::move(trip);
  }
  result.problems = sink.take();
  return result;
}

TripLoadResult loadTrip(const std::string& path, const TripLoadOptions& options) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  TripLoadResult result;
  if (ec || !std::filesystem::is_regular_file(path, ec)) {
    result.problems.push_back({path, 0, 0, "", "", "cannot read the file" + (ec ? ": " + ec.message() : "")});
    return result;
  }
  if (size > options.maxBytes) {
    result.problems.push_back({path, 0, 0, "", "", "file is " + std::to_string(size) + " bytes; the limit is " +
                                                       std::to_string(options.maxBytes)});
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
    result.problems.push_back({path, 0, 0, "", "", "cannot read the file"});
    return result;
  }
  return loadTripFromString(text, path, options);
}

}  // namespace itinera
