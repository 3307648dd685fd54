// The trip verbs: `validate`, `agenda` and `state`, all on the bundled trip when no file is given.
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/story/trip_snapshot.h"
#include "core/story/trip_agenda.h"
#include "core/geo/projection.h"
#include "core/trip/trip_loader.h"
#include "core/story/trip_state.h"
#include "core/trip/trip_validate.h"

namespace itinera {
namespace {

// Loads the trip with the checks of the default map (or --crs's), printing every problem on
// stderr, one per line (notes only with `notes`: they matter to `validate`, and would bury the
// output of the others); the exit code when it fails to load.
std::shared_ptr<const TripSnapshot> loadOrReport(const CommandLine& cl, const std::string& crs, int& code,
                                                 bool notes = false) {
  auto path = tripPathOption(cl);
  if (!path) {
    code = fail(path.error(), kExitFailure);
    return nullptr;
  }
  TripLoadResult result = loadTrip(path.value(), tripLoadOptions(crs));
  for (const TripProblem& p : result.problems)
    if (notes || !p.note) std::cerr << p.format() << "\n";
  code = kExitFailure;
  if (!result.ok()) return nullptr;
  return TripSnapshot::make(std::move(*result.trip), std::move(*result.clock));
}

}  // namespace

int runValidate(const CommandLine& cl) {
  auto crs = crsChoiceOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  int code = kExitOk;
  auto trip = loadOrReport(cl, crs->definition, code, true);
  if (!trip) return code;
  std::cout << validationSummary(trip->trip()) << "; map: " << crs->describe() << "\n";
  return kExitOk;
}

int runAgenda(const CommandLine& cl) {
  int code = kExitOk;
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto trip = loadOrReport(cl, crs.value(), code);
  if (!trip) return code;
  const Trip& t = trip->trip();
  std::cout << (cl.has("--json") ? agendaJson(t, trip->clock()) + "\n" : formatAgenda(t, trip->clock()));
  return kExitOk;
}

int runState(const CommandLine& cl) {
  if (!cl.has("--at")) return fail("state needs a time: --at 2022-04-19T14:30", kExitUsage);
  if (!cl.has("--json")) return fail("state prints JSON only: add --json", kExitUsage);
  int code = kExitOk;
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto trip = loadOrReport(cl, crs.value(), code);
  if (!trip) return code;
  std::string error;
  auto t = parseTripTime(trip->trip(), trip->clock(), cl.get("--at"), &error);
  if (!t) return fail("--at: " + error, kExitUsage);
  std::cout << tripStateJson(trip->trip(), trip->timeline(), *t) << "\n";
  return kExitOk;
}

}  // namespace itinera
