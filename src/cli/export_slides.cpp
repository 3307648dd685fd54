// `itinera export slides`: one slide per card of the presenter sequence, the map framed as the
// story frames the card's moment, drawn offscreen by the same code as the screen.
#include <chrono>
#include <cstdio>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "core/camera/story_camera.h"
#include "core/frame/frame_params.h"
#include "core/io/data_directory.h"
#include "export/slide_deck.h"
#include "export/slide_frame.h"
#include "cli/offscreen_setup.h"
#include "render/interruption.h"
#include "ui/briefing_screen.h"

namespace itinera {
namespace {

// The map at `card`'s moment: the map and the trip (no panels: the slide sets the text).
std::vector<uint8_t> cardMap(HeadlessRenderer& r, BriefingScreen& screen, Briefing& b, const SequenceCard& card) {
  Viewport size = r.size();
  const Projection& projection = r.view().data().projection;
  MapBox frame = cardFrame(b.trip(), b.timeline(), projection, card);
  Camera camera = cameraFraming(frame, size, Rect{0, 0, double(size.width), double(size.height)}, kStoryFrameMargin);
  b.playback().seek(double(card.time));
  FrameParams params = frameParams(ViewState{}, card.time, camera, false, r.ui().scale());
  return r.renderWith([&] { screen.draw(params); }, 1);
}

int writeSlides(HeadlessRenderer& r, Briefing& b, const StorySequence& sequence, SlideDeck& deck) {
  BriefingScreen screen(b, r.view(), r.ui().fonts(), r.ui().scale());
  for (size_t i = 0; i < sequence.size(); ++i) {
    if (interrupted()) return interruptionExitCode();
    std::vector<uint8_t> map = cardMap(r, screen, b, sequence[i]);
    SlideImage image{r.size().width, r.size().height, map.data()};
    if (auto error = deck.add(sequence[i], image, slideName(sequence[i], i, sequence.size())); !error.empty())
      return fail(error, kExitFailure);
  }
  if (interrupted()) return interruptionExitCode();
  if (auto error = deck.finish(); !error.empty()) return fail(error, kExitFailure);
  return kExitOk;
}

}  // namespace

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
  StorySequence sequence = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  // A folder is checked as a file in its parent: that is where it is built and renamed.
  std::string target = path.size() > 1 ? path.substr(0, path.find_last_not_of('/') + 1) : path;
  if (auto problem = outputFolderProblem(target); !problem.empty()) return fail(problem, kExitFailure);

  Viewport mapSize{slideMapWidth(size->width), size->height};
  auto setup = setUpOffscreen(dataDir.value(), crs.value(), mapSize, 1, textsOfTripFile(tripPath.value()));
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  auto deck = SlideDeck::open(path, size->width, size->height);
  if (!deck) return fail(deck.error(), kExitFailure);
  if (int code = writeSlides(*setup->renderer, b, sequence, *deck.value()); code != kExitOk) return code;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu slides, %dx%d, written in %.1f s\n", path.c_str(), sequence.size(), size->width, size->height, wall);
  return kExitOk;
}

}  // namespace itinera
