// `itinera export KIND`: the briefing as a file that leaves the app (a video, slides, a handout).
#include "cli/cli_common.h"
#include "cli/commands.h"

namespace itinera {

int runExport(const CommandLine& cl) {
  if (cl.positional.empty()) return fail("export needs what to make: 'export video', 'slides', 'handout', 'ics', 'csv', 'gpkg' or 'kml'", kExitUsage);
  const std::string& kind = cl.positional[0];
  CommandLine rest = cl;
  rest.positional.erase(rest.positional.begin());  // the trip, if given, comes after the kind
  if (cl.has("--paper") && kind != "handout") return fail("--paper is for 'export handout', not 'export " + kind + "'", kExitUsage);
  if (kind == "handout") return runExportHandout(rest);
  if (kind == "video") return runExportVideo(rest);
  if (kind == "slides") {
    for (const char* option : {"--fps", "--seconds", "--from", "--to"})
      if (cl.has(option)) return fail(std::string(option) + " is for 'export video', not 'export slides'", kExitUsage);
    return runExportSlides(rest);
  }
  if (kind == "ics" || kind == "csv" || kind == "gpkg" || kind == "kml") return runExportInterchange(rest, kind);
  return fail("export: unknown kind '" + kind + "'; expected 'video', 'slides', 'handout', 'ics', 'csv', 'gpkg' or 'kml'", kExitUsage);
}

}  // namespace itinera
