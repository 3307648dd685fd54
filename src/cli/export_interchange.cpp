// `itinera export ics|csv|gpkg|kml`: the trip in the formats calendars, spreadsheets and GIS read,
// each written atomically through its library (libical, GDAL) by an InterchangeJob.
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/geo/projection.h"
#include "core/story/trip_snapshot.h"
#include "interchange/interchange_format.h"
#include "outputs/interchange_job.h"

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
  InterchangeJob job(trip, *format, path.value());
  if (auto error = runExportJob(job, {}); !error.empty()) return fail(error, kExitFailure);
  if (!job.note().empty()) std::cerr << "itinera: note: " << job.note() << "\n";
  std::printf("%s\n", job.summary().c_str());
  return kExitOk;
}

}  // namespace itinera
