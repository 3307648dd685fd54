// `itinera export handout`: the printed briefing book. The job (outputs/handout_job.h) renders the
// maps and writes the PDF; the verb checks the options, sets up the offscreen renderer and reports.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "cli/offscreen_setup.h"
#include "core/io/data_directory.h"
#include "outputs/handout_job.h"
#include "render/interruption.h"

namespace itinera {
namespace {

bool isPdfName(const std::string& path) {
  std::filesystem::path p = path;
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".pdf" && !p.stem().empty() && path.back() != '/';
}

}  // namespace

int runExportHandout(const CommandLine& cl) {
  auto start = std::chrono::steady_clock::now();
  catchInterruptions();  // from the start: Ctrl-C while the trip loads also ends cleanly
  for (const char* option : {"--fps", "--seconds", "--from", "--to", "--size"})
    if (cl.has(option)) return fail(std::string(option) + " is not for 'export handout'", kExitUsage);
  if (!cl.has("-o")) return fail("export handout needs an output: -o FILE.pdf", kExitUsage);
  std::string path = cl.get("-o");
  if (!isPdfName(path)) return fail("-o " + path + ": expected a .pdf file", kExitUsage);
  auto paper = paperOption(cl.get("--paper", "a4"));
  if (!paper) return fail(paper.error(), kExitUsage);
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto sources = sourceDirectories(cl);
  if (!sources) return fail(sources.error(), kExitUsage);
  if (auto problem = outputFolderProblem(path); !problem.empty()) return fail(problem, kExitFailure);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  auto tripPath = tripPathOption(cl);
  if (!tripPath) return fail(tripPath.error(), kExitFailure);
  auto loaded = Briefing::load(tripPath.value(), sources.value(), tripLoadOptions(crs.value()));
  if (!loaded) return fail(loaded.error(), kExitFailure);
  auto setup = setUpOffscreen(dataDir.value(), crs.value(), handoutMapSize(), kHandoutMapUiScale,
                              textsOfTripFile(tripPath.value()));
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  HandoutJob job(*loaded.value(), *setup->renderer, {path, paper.value()});
  bool stopped = false;
  std::string error = runExportJob(job, [](int64_t, int64_t) { return !interrupted(); }, &stopped);
  if (stopped) return interruptionExitCode();
  if (!error.empty()) return fail(error, kExitFailure);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s, written in %.1f s\n", job.summary().c_str(), wall);
  return kExitOk;
}

}  // namespace itinera
