// `itinera export ics|csv|gpkg|kml`: the trip in the formats calendars, spreadsheets and GIS read,
// each written atomically through its library (libical, GDAL).
#include <ctime>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/geo/projection.h"
#include "core/io/atomic_file.h"
#include "core/story/trip_snapshot.h"
#include "interchange/calendar_writer.h"
#include "interchange/geopackage_writer.h"
#include "interchange/interchange_format.h"
#include "interchange/kml_writer.h"
#include "interchange/spreadsheet_writer.h"

namespace itinera {
namespace {

// The trip named on the command line (or the bundled one); problems on stderr when it fails.
std::shared_ptr<const TripSnapshot> loadForExport(const CommandLine& cl, int& code) {
  auto path = tripPathOption(cl);
  if (!path) {
    code = fail(path.error(), kExitFailure);
    return nullptr;
  }
  auto crs = crsOption(cl);
  TripLoadResult result = loadTrip(path.value(), tripLoadOptions(crs ? crs.value() : std::string(kDefaultCrs)));
  if (!result.ok()) {
    for (const TripProblem& p : result.problems) std::cerr << p.format() << "\n";
    code = kExitFailure;
    return nullptr;
  }
  return TripSnapshot::make(std::move(*result.trip), std::move(*result.clock));
}

int writeCalendar(const TripSnapshot& snapshot, const std::string& path) {
  auto calendar = calendarText(snapshot.trip(), snapshot.clock(), std::time(nullptr));
  if (!calendar) return fail(calendar.error(), kExitFailure);
  if (auto error = writeFileAtomically(path, calendar->text); !error.empty()) return fail(error, kExitFailure);
  if (calendar->undated > 0)
    std::cerr << "itinera: note: " << calendar->undated << " event(s) with no known date left out of " << path << "\n";
  std::printf("%s: %d events\n", path.c_str(), calendar->events);
  return kExitOk;
}

int writeRows(const TripSnapshot& snapshot, const std::string& path) {
  if (auto error = writeSpreadsheet(snapshot.trip(), snapshot.clock(), path); !error.empty()) return fail(error, kExitFailure);
  std::printf("%s: %zu rows, one per event\n", path.c_str(), snapshot.trip().events.size());
  return kExitOk;
}

int writeLayers(const TripSnapshot& snapshot, const std::string& path) {
  GeoPackageCounts n;
  if (auto error = writeGeoPackage(snapshot.trip(), snapshot.timeline(), path, &n); !error.empty()) return fail(error, kExitFailure);
  std::printf("%s: %d places, %d events, %d legs, %d positions (every %d min)\n", path.c_str(), n.places, n.events,
              n.legs, n.positions, kPositionStepSeconds / 60);
  return kExitOk;
}

int writePlacemarks(const TripSnapshot& snapshot, const std::string& path) {
  KmlCounts n;
  if (auto error = writeKml(snapshot.trip(), snapshot.timeline(), path, &n); !error.empty()) return fail(error, kExitFailure);
  std::printf("%s: %d places, %d events, %d legs\n", path.c_str(), n.places, n.events, n.legs);
  return kExitOk;
}

}  // namespace

int runExportInterchange(const CommandLine& cl, const std::string& kind) {
  auto format = interchangeFormatNamed(kind);
  if (!format) return fail("export: unknown kind '" + kind + "'", kExitUsage);
  if (!cl.has("-o"))
    return fail("export " + kind + " needs an output: -o FILE" + interchangeExtension(*format), kExitUsage);
  auto path = interchangeOutput(*format, cl.get("-o"));
  if (!path) return fail(path.error(), kExitUsage);
  int code = kExitOk;
  auto trip = loadForExport(cl, code);
  if (!trip) return code;
  switch (*format) {
    case InterchangeFormat::Calendar: return writeCalendar(*trip, path.value());
    case InterchangeFormat::Spreadsheet: return writeRows(*trip, path.value());
    case InterchangeFormat::GeoPackage: return writeLayers(*trip, path.value());
    case InterchangeFormat::Kml: return writePlacemarks(*trip, path.value());
  }
  return kExitFailure;
}

}  // namespace itinera
