// `itinera export handout`: the printed briefing book. The job renders the maps and writes the
// PDF; the verb checks the options, sets up the offscreen renderer and reports.
#include "cli/export_handout.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "cli/offscreen_setup.h"
#include "core/frame/frame_params.h"
#include "core/io/atomic_file.h"
#include "core/io/data_directory.h"
#include "core/layout/screen_layout.h"
#include "core/camera/story_camera.h"
#include "export/slide_frame.h"
#include "render/interruption.h"
#include "ui/briefing_screen.h"

namespace itinera {
namespace {

// The map framed on `frame` at trip time `t`: the basemap and the trip, no panels.
HandoutImage mapImage(HeadlessRenderer& r, BriefingScreen& screen, Briefing& b, const MapBox& frame, int64_t t) {
  Viewport size = r.size();
  Camera camera = cameraFraming(frame, size, Rect{0, 0, double(size.width), double(size.height)}, kStoryFrameMargin);
  b.playback().seek(double(t));
  FrameParams params = frameParams(ViewState{}, t, camera, false, r.ui().scale());
  return {size.width, size.height, r.renderWith([&] { screen.draw(params); }, 1)};
}

// The moment a day's map shows: the day's end (its routes all travelled), within the trip.
int64_t endOfDay(const Briefing& b, const HandoutDay& day) {
  const TripClock& clock = b.clock();
  int64_t next = clock.localMidnight(clock.localDay(day.events.front()->time.start.utc) + 1);
  return std::min(next - 1, b.trip().periodEnd.utc);
}

bool isPdfName(const std::string& path) {
  std::filesystem::path p = path;
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".pdf" && !p.stem().empty() && path.back() != '/';
}

int mapCount(const HandoutBook& book) {
  int count = 1;  // the cover's
  for (const HandoutDay& day : book.days) count += day.dated && !day.events.empty();
  return count;
}

// Renders the cover's and the dated days' maps, a step each; false when `progress` cancels.
bool renderMaps(HeadlessRenderer& r, Briefing& b, HandoutBook& book, const std::function<bool(int, int)>& progress) {
  BriefingScreen screen(b, r.view(), r.ui().fonts(), r.ui().scale());
  const Projection& projection = r.view().data().projection;
  int total = mapCount(book) + 1, done = 0;  // the maps, then the layout
  if (!progress(done, total)) return false;
  book.overviewMap = mapImage(r, screen, b, tripFrame(b.trip(), projection), b.trip().periodEnd.utc);
  if (!progress(++done, total)) return false;
  for (HandoutDay& day : book.days) {
    if (!day.dated || day.events.empty()) continue;
    MapBox frame = dayFrame(b.trip(), b.clock(), projection, day.events);
    if (!frame.empty()) day.map = mapImage(r, screen, b, frame, endOfDay(b, day));
    if (!progress(++done, total)) return false;
  }
  return true;
}

}  // namespace

HandoutOutcome exportHandout(HeadlessRenderer& renderer, Briefing& briefing, const HandoutOptions& options,
                             const std::function<bool(int done, int total)>& progress) {
  using Status = HandoutOutcome::Status;
  HandoutBook book = handoutBook(briefing.trip(), briefing.clock());
  double was = briefing.playback().time();
  bool rendered = renderMaps(renderer, briefing, book, progress);
  briefing.playback().seek(was);
  if (!rendered) return {Status::Cancelled, "", 0};
  auto pdf = handoutPdf(book, options.paper);
  if (!pdf) return {Status::Failed, options.path + ": " + pdf.error(), 0};
  int total = mapCount(book) + 1;
  if (!progress(total - 1, total)) return {Status::Cancelled, "", 0};  // the last chance before the file appears
  if (std::string error = writeFileAtomically(options.path, pdf->bytes); !error.empty())
    return {Status::Failed, error, 0};
  progress(total, total);
  return {Status::Done, "", pdf->pages};
}

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
  HandoutOutcome outcome = exportHandout(*setup->renderer, *loaded.value(), {path, paper.value()},
                                         [](int, int) { return !interrupted(); });
  if (outcome.status == HandoutOutcome::Status::Cancelled) return interruptionExitCode();
  if (outcome.status == HandoutOutcome::Status::Failed) return fail(outcome.message, kExitFailure);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %d pages, %s, written in %.1f s\n", path.c_str(), outcome.pages,
              paper.value() == Paper::A4 ? "A4" : "Letter", wall);
  return kExitOk;
}

}  // namespace itinera
