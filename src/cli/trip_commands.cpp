// The trip verbs: `validate`, `agenda` and `state`, all on the bundled trip when no file is given.
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/story/briefing.h"
#include "core/time/timeline.h"
#include "core/story/trip_agenda.h"
#include "core/geo/trip_area.h"
#include "core/trip/trip_loader.h"
#include "core/story/trip_state.h"
#include "core/trip/trip_validate.h"

namespace itinera {
namespace {

std::string tripPath(const CommandLine& cl) {
  return cl.positional.empty() ? defaultTripPath(dataDirectory()) : cl.positional[0];
}

// Loads the trip or prints every problem, one per line (on stdout when checking is the task).
std::optional<Trip> loadOrReport(const std::string& path, const TripLoadOptions& options = {},
                                 std::ostream& out = std::cerr) {
  TripLoadResult result = loadTrip(path, options);
  for (const TripProblem& p : result.problems) out << p.format() << "\n";
  return std::move(result.trip);
}

}  // namespace

int runValidate(const CommandLine& cl) {
  TripLoadOptions options;
  options.areaOfUse = crsAreaOfUse(cl.get("--crs", kDefaultCrs), 1.5);
  auto trip = loadOrReport(tripPath(cl), options, std::cout);
  if (!trip) return kExitFailure;
  std::cout << validationSummary(*trip) << "\n";
  return kExitOk;
}

int runAgenda(const CommandLine& cl) {
  auto trip = loadOrReport(tripPath(cl));
  if (!trip) return kExitFailure;
  std::cout << (cl.has("--json") ? agendaJson(*trip) + "\n" : formatAgenda(*trip));
  return kExitOk;
}

int runState(const CommandLine& cl) {
  if (!cl.has("--at")) return fail("state needs a time: --at 2022-04-19T14:30", kExitUsage);
  if (!cl.has("--json")) return fail("state prints JSON only: add --json", kExitUsage);
  auto trip = loadOrReport(tripPath(cl));
  if (!trip) return kExitFailure;
  std::string error;
  auto t = parseTripTime(*trip, cl.get("--at"), &error);
  if (!t) return fail("--at: " + error, kExitUsage);
  Timeline timeline(*trip);
  std::cout << tripStateJson(*trip, timeline, *t) << "\n";
  return kExitOk;
}

}  // namespace itinera
