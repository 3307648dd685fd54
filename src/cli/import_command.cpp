// `itinera import FILE.csv|FILE.ics`: a trip file from a spreadsheet or a calendar, written
// atomically only when there is no problem (src/authoring/ does the work).
#include <filesystem>
#include <iostream>

#include "authoring/importer.h"
#include "authoring/place_resolver.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/io/atomic_file.h"
#include "core/io/data_directory.h"
#include "core/time/trip_clock.h"

namespace itinera {
namespace {

// --near: "LAT,LON", a country, or a place the gazetteer knows without doubt.
Result<PlaceHint> nearOption(const CommandLine& cl, const Gazetteer& gazetteer) {
  PlaceHint hint;
  if (!cl.has("--near")) return hint;
  std::string near = cl.get("--near");
  hint.nearLabel = near;
  if (auto p = parseLatLon(near)) {
    hint.near = p;
    return hint;
  }
  if (const std::string* code = gazetteer.countryCode(near)) {
    hint.country = *code;
    return hint;
  }
  auto place = resolvePlace(gazetteer, near, {});
  if (!place) return Error{"--near: " + place.error()};
  hint.near = place->point;
  return hint;
}

// -o, else FILE with .geojson for its extension, beside it.
std::string outputPath(const CommandLine& cl, const std::string& input) {
  if (cl.has("-o")) return cl.get("-o");
  return std::filesystem::path(input).replace_extension(".geojson").string();
}

}  // namespace

int runImport(const CommandLine& cl) {
  if (cl.positional.empty()) return fail("import needs a file: itinera import FILE.csv|FILE.ics", kExitUsage);
  const std::string& input = cl.positional[0];
  if (!isCsvPath(input) && !isIcsPath(input))
    return fail("import: '" + input + "' is neither a spreadsheet (.csv) nor a calendar (.ics)", kExitUsage);
  std::string zone = cl.get("--time-zone");
  if (!zone.empty() && !TripClock(zone, 0).hasZone())
    return fail("--time-zone: '" + zone + "' is not a time zone of the tz database (e.g. America/Panama)", kExitUsage);
  if (zone.empty() && isCsvPath(input))
    return fail("import: a spreadsheet's times are local: give --time-zone (e.g. America/Panama)", kExitUsage);
  std::string output = outputPath(cl, input);
  std::error_code ec;
  std::filesystem::path outDir = std::filesystem::path(output).parent_path();
  if (!outDir.empty() && !std::filesystem::is_directory(outDir, ec))
    return fail("-o: no directory '" + outDir.string() + "' to write " + output + " in", kExitUsage);
  auto data = findDataDirectory();
  if (!data) return fail(data.error(), kExitFailure);
  auto gazetteer = Gazetteer::load(data.value() + "/geodata/gazetteer.tsv.gz");
  if (!gazetteer) return fail(gazetteer.error(), kExitFailure);
  auto hint = nearOption(cl, gazetteer.value());
  if (!hint) return fail(hint.error(), kExitUsage);

  ImportOutcome outcome = importItinerary({input, cl.get("--title"), zone, hint.value()}, gazetteer.value());
  for (const TripProblem& p : outcome.problems) std::cerr << p.format() << "\n";
  if (!outcome.tripText) {
    std::cerr << "itinera: " << input << ": nothing written (" << outcome.problems.size() << " problem"
              << (outcome.problems.size() == 1 ? "" : "s") << ")\n";
    return kExitFailure;
  }
  if (std::string error = writeFileAtomically(output, *outcome.tripText); !error.empty()) return fail(error, kExitFailure);
  std::cout << "wrote " << output << "\n";
  if (std::filesystem::absolute(outDir.empty() ? "." : outDir, ec) !=
      std::filesystem::absolute(std::filesystem::path(input).parent_path().empty() ? "." : std::filesystem::path(input).parent_path(), ec))
    std::cerr << "note: copy " << std::filesystem::path(input).filename().string()
              << " beside the trip (or into its sources/ directory) so that its citations can be checked\n";
  return kExitOk;
}

}  // namespace itinera
