// `itinera export slides`: one slide per card of the presenter sequence, the map framed as the
// story frames the card's moment, drawn offscreen by a SlidesJob with the same code as the screen.
#include <chrono>
#include <cstdio>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "core/io/data_directory.h"
#include "export/slide_deck.h"
#include "outputs/slides_job.h"
#include "cli/offscreen_setup.h"
#include "render/interruption.h"

namespace itinera {

int runExportSlides(const CommandLine& cl) {
  auto start = std::chrono::steady_clock::now();
  if (!cl.has("-o")) return fail("export slides needs an output: -o FILE.pdf or -o DIR/", kExitUsage);
  std::string path = cl.get("-o");
  auto format = slideFormatForPath(path);
  if (!format) return fail(format.error(), kExitUsage);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto sources = sourceDirectories(cl);
  if (!sources) return fail(sources.error(), kExitUsage);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  auto tripPath = tripPathOption(cl);
  if (!tripPath) return fail(tripPath.error(), kExitFailure);
  auto loaded = Briefing::load(tripPath.value(), sources.value(), tripLoadOptions(crs.value()));
  if (!loaded) return fail(loaded.error(), kExitFailure);
  Briefing& b = *loaded.value();
  // A folder is checked as a file in its parent: that is where it is built and renamed.
  std::string target = path.size() > 1 ? path.substr(0, path.find_last_not_of('/') + 1) : path;
  if (auto problem = outputFolderProblem(target); !problem.empty()) return fail(problem, kExitFailure);

  auto setup = setUpOffscreen(dataDir.value(), crs.value(), slideMapSize(size.value()), 1,
                              textsOfTripFile(tripPath.value()));
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  std::string error;
  auto slides = SlidesJob::create(b, *setup->renderer, {path, size.value()}, &error);
  if (!slides) return fail(error, kExitFailure);
  bool stopped = false;
  error = runExportJob(*slides, [](int64_t, int64_t) { return !interrupted(); }, &stopped);
  if (stopped) return interruptionExitCode();
  if (!error.empty()) return fail(error, kExitFailure);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s, written in %.1f s\n", slides->summary().c_str(), wall);
  return kExitOk;
}

}  // namespace itinera
