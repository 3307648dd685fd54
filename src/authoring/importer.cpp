// The import pipeline: read the file, its rows, the trip, then the trip loader's own check.
#include "authoring/importer.h"

#include <filesystem>

#include "authoring/csv_import.h"
#include "authoring/ics_import.h"
#include "authoring/trip_builder.h"
#include "core/io/regular_file.h"
#include "core/trip/json_text.h"
#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

constexpr size_t kMaxImportBytes = size_t{16} << 20;  // the trip format's limit for a source file

bool endsWith(std::string path, const std::string& suffix) {
  for (char& c : path) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The generated trip, checked as `validate` checks it; problems there are ours, named as such.
void selfCheck(const std::string& text, const ImportRequest& request, ProblemSink& sink) {
  TripLoadOptions options;
  std::filesystem::path dir = std::filesystem::path(request.path).parent_path();
  options.sourceDirs = {dir.empty() ? "." : dir.string()};
  TripLoadResult loaded = loadTripFromString(text, "imported trip", options);
  for (const TripProblem& p : loaded.problems)
    if (!p.note) sink.at(1, 1, "the trip built from this file does not validate: " + p.format());
}

}  // namespace

bool isCsvPath(const std::string& path) { return endsWith(path, ".csv"); }
bool isIcsPath(const std::string& path) { return endsWith(path, ".ics"); }

ImportOutcome importItinerary(const ImportRequest& request, const Gazetteer& gazetteer) {
  ImportOutcome outcome;
  ProblemSink sink(request.path);
  auto bytes = readRegularFile(request.path, kMaxImportBytes);
  if (!bytes) {
    sink.add("", "", bytes.error());
    outcome.problems = sink.take();
    return outcome;
  }
  const std::string& text = bytes.value();
  if (auto bad = firstInvalidUtf8(text)) {
    sink.add("", "", "not UTF-8 (byte " + std::to_string(*bad) + "): save the file as UTF-8");
    outcome.problems = sink.take();
    return outcome;
  }
  std::string zone = request.timeZone.empty() && isIcsPath(request.path) ? calendarTimeZone(text) : request.timeZone;
  if (zone.empty()) {
    sink.add("", "", "no time zone: the times in the file are local; give --time-zone (e.g. America/Panama)");
    outcome.problems = sink.take();
    return outcome;
  }
  TripClock clock(zone, 0);
  ImportedRows rows = isIcsPath(request.path) ? readIcsRows(text, clock, sink) : readCsvRows(text, clock, sink);
  std::filesystem::path path(request.path);
  TripBuildOptions options;
  options.fileName = path.filename().string();
  options.kindOfFile = isIcsPath(request.path) ? "calendar" : "spreadsheet";
  options.title = request.title.empty() ? path.stem().string() : request.title;
  options.id = kebabId(options.title).empty() ? "imported-trip" : kebabId(options.title);
  options.hint = request.hint;
  std::optional<std::string> trip = buildTrip(rows, text, gazetteer, clock, options, sink);
  if (trip && !sink.hasErrors()) selfCheck(*trip, request, sink);
  if (!sink.hasErrors()) outcome.tripText = std::move(trip);
  outcome.problems = sink.take();
  return outcome;
}

}  // namespace itinera
