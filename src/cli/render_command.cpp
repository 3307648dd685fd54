// `itinera render`: the map of a view, or a moment of the trip, written to a PNG with no display.
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/io/data_directory.h"
#include "core/io/png_writer.h"
#include "core/camera/camera_bounds.h"
#include "core/camera/story_camera.h"
#include "core/frame/frame_params.h"
#include "core/story/story_legend.h"
#include "core/story/story_sequence.h"
#include "core/story/trip_state.h"
#include "cli/offscreen_setup.h"
#include "render/interruption.h"
#include "ui/briefing_screen.h"
#include "ui/presenter_view.h"

namespace itinera {
namespace {

bool wantsTrip(const CommandLine& cl) {
  return !cl.positional.empty() || cl.has("--at") || cl.has("--ui") || cl.has("--select") || cl.has("--follow") ||
         cl.has("--presenter-view");
}

// The UI scale of the frame without --ui-scale: what the window's fonts and layout would be at
// on a 96 dpi display.
constexpr float kRenderUiScale = 1;

// The trip at --at, and the view with --select chosen. A trip that fails to load is a
// failure (1); a time or place it does not have is a usage error (2).
int loadBriefing(const CommandLine& cl, const std::string& crs, const std::vector<std::string>& sources,
                 std::unique_ptr<Briefing>& out, ViewState& view) {
  auto path = tripPathOption(cl);
  if (!path) return fail(path.error(), kExitFailure);
  auto briefing = Briefing::load(path.value(), sources, tripLoadOptions(crs));
  if (!briefing) return fail(briefing.error(), kExitFailure);
  Briefing& b = *briefing.value();
  if (cl.has("--at")) {
    std::string error;
    auto t = parseTripTime(b.trip(), b.clock(), cl.get("--at"), &error);
    if (!t) return fail("--at: " + error, kExitUsage);
    b.playback().seek(double(*t));
  }
  if (cl.has("--select")) {
    if (!b.trip().place(cl.get("--select")))
      return fail("--select: no place '" + cl.get("--select") + "' in " + path.value(), kExitUsage);
    view.selectedPlace = cl.get("--select");
  }
  view.presenter = cl.has("--presenter");
  b.setReferenceZone(*parseReferenceZone(cl.has("--zone") ? cl.get("--zone") : "home"));  // checked before
  out = std::move(briefing.value());
  return kExitOk;
}

// --presenter: the sequence card --card names (an index from 0, or an id), else the card at the
// clock's time; the map shows the card's moment.
int choosePresenterCard(const CommandLine& cl, Briefing& b, ViewState& view) {
  view.presenter = true;
  view.blank = cl.has("--blank");
  StorySequence cards = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  if (!cl.has("--card")) {
    const SequenceCard* card = sequenceCardAt(cards, b.playback().time());
    view.card = card ? size_t(card - cards.data()) : 0;
    return kExitOk;
  }
  std::string wanted = cl.get("--card");
  bool isIndex = !wanted.empty() && wanted.find_first_not_of("0123456789") == std::string::npos;
  for (size_t i = 0; i < cards.size(); ++i)
    if (isIndex ? wanted == std::to_string(i) : cards[i].id == wanted) {
      view.card = i;
      b.playback().seek(double(cards[i].time));
      return kExitOk;
    }
  return fail("--card: no card '" + wanted + "'; the sequence has cards 0 to " + std::to_string(cards.size() - 1) +
                  " (\"title\", \"event:<event id>\", \"quote:<event id>\", \"closing\")",
              kExitUsage);
}

// The frame: the story's framing with --follow, else the view; with a trip, inside the map
// area its panels leave. With --ui the story is framed where the window frames it, below the
// window's toolbar, so the picture equals the window's at the same size and scale.
Camera frameCamera(const CommandLine& cl, const Briefing* b, const Projection& projection, const NamedView& view,
                   Viewport size, float uiScale) {
  if (!b) return cameraForView(view, projection, size);
  bool ui = cl.has("--ui");
  // The audience screen follows the story, as the window's presenter mode does.
  if (cl.has("--follow") || cl.has("--presenter")) {
    bool presenter = cl.has("--presenter");
    Rect area = storyArea(size, uiScale, presenter, ui, ui && !presenter, cl.has("--select"));
    auto panels = panelsOverStory(size, uiScale, presenter, ui, cl.has("--select"), true, false, tripLegend(b->trip()).rows());
    return cameraFramingClearOf(storyFrame(b->trip(), b->timeline(), projection, b->playback().time()), size, area,
                                panels, kStoryFrameMargin);
  }
  // A view with the window's panels is framed clear of them, as the window frames it.
  Rect mapArea = screenLayout(size, uiScale, cl.has("--presenter"), ui, cl.has("--select")).mapArea;
  if (!ui) return cameraFraming(projectedBox(view, projection), size, mapArea);
  auto panels = panelsOverStory(size, uiScale, cl.has("--presenter"), true, cl.has("--select"), true, false,
                                tripLegend(b->trip()).rows());
  return cameraFramingClearOf(projectedBox(view, projection), size, mapArea, panels, kViewFrameMargin);
}

// --presenter-view: the presenter's window as the app draws it, with elapsed time at 00:00:00 and
// the time of day of this machine. It shows no map, so only the coarsest level is built.
int renderPresenterView(Briefing& b, const ViewState& view, const std::string& dataDir, const std::string& crs,
                        Viewport size, const std::string& output) {
  auto coarsest = [](const Projection&) { return std::vector<size_t>{lodForScale(1e9)}; };
  auto setup = setUpOffscreen(dataDir, crs, size, presenterViewScale(size.height), textsOfTripFile(b.trip().fileName),
                              coarsest);
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  StorySequence cards = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  PresenterViewFrame frame{&cards, view.card, view.blank, wallClockText(), elapsedText(0)};
  HeadlessRenderer& r = *setup->renderer;
  std::vector<uint8_t> pixels = r.renderWith([&] { drawPresenterView(frame, r.ui().fonts(), size); }, 2);
  if (interrupted()) return interruptionExitCode();
  std::string error = writePngAtomically(output, size.width, size.height, pixels);
  return error.empty() ? kExitOk : fail(error, kExitFailure);
}

}  // namespace

int runRender(const CommandLine& cl) {
  auto output = outputOption(cl);
  if (!output) return fail(output.error(), kExitUsage);
  if (cl.has("--follow") && cl.has("--view")) return fail("give --view or --follow, not both", kExitUsage);
  // Cited passages appear only in the details panel, which --ui draws.
  if (cl.has("--sources") && !cl.has("--ui")) return fail("--sources shows cited passages only with --ui", kExitUsage);
  if (cl.has("--presenter") && !cl.has("--ui")) return fail("--presenter draws the audience screen: give --ui", kExitUsage);
  bool presenterView = cl.has("--presenter-view");
  if (presenterView && (cl.has("--ui") || cl.has("--view") || cl.has("--follow") || cl.has("--select")))
    return fail("--presenter-view draws the presenter's window, not the map: no --ui, --view, --follow or --select",
                kExitUsage);
  if ((cl.has("--card") || cl.has("--blank")) && !cl.has("--presenter") && !presenterView)
    return fail("--card and --blank need --presenter or --presenter-view", kExitUsage);
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  if (cl.has("--zone") && !parseReferenceZone(cl.get("--zone")))
    return fail("--zone: expected home or local, got \"" + cl.get("--zone") + "\"", kExitUsage);
  auto uiScaleGiven = uiScaleOption(cl);
  if (!uiScaleGiven) return fail(uiScaleGiven.error(), kExitUsage);
  float uiScale = uiScaleGiven->value_or(kRenderUiScale);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto sources = sourceDirectories(cl);
  if (!sources) return fail(sources.error(), kExitUsage);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  std::unique_ptr<Briefing> briefing;
  ViewState viewState;
  if (wantsTrip(cl))
    if (int code = loadBriefing(cl, crs.value(), sources.value(), briefing, viewState); code != kExitOk) return code;
  if (cl.has("--presenter") || presenterView)
    if (int code = choosePresenterCard(cl, *briefing, viewState); code != kExitOk) return code;
  if (presenterView) return renderPresenterView(*briefing, viewState, dataDir.value(), crs.value(), size.value(),
                                                output.value());
  // The map builds only the level of detail this frame needs.
  auto chooser = [&](const Projection& projection) {
    Camera camera = keptInside(frameCamera(cl, briefing.get(), projection, view.value(), size.value(), uiScale),
                               cameraBounds(projection));
    return std::vector<size_t>{lodForScale(camera.metresPerPixel)};
  };
  auto setup = setUpOffscreen(dataDir.value(), crs.value(), size.value(), uiScale,
                              briefing ? textsOfTripFile(briefing->trip().fileName) : std::vector<std::string>{},
                              chooser);
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  HeadlessRenderer& r = *setup->renderer;
  // As in the window: nothing beyond what the basemap covers, whatever the view asks for.
  Camera camera = keptInside(frameCamera(cl, briefing.get(), setup->data->projection, view.value(), size.value(), uiScale),
                             cameraBounds(setup->data->projection));
  std::vector<uint8_t> pixels;
  if (briefing) {
    BriefingScreen screen(*briefing, r.view(), r.ui().fonts(), r.ui().scale());
    FrameParams frame = frameParams(viewState, briefing->playback().time(), camera, cl.has("--ui"), r.ui().scale());
    // ImGui sizes a new window over its first two frames; the third is laid out as the
    // window's settled frame, labels clear of the caption where it really is.
    pixels = r.renderWith([&] { screen.draw(frame); }, cl.has("--ui") ? 3 : 1);
  } else {
    pixels = r.render(camera);
  }
  if (interrupted()) return interruptionExitCode();
  std::string error = writePngAtomically(output.value(), size->width, size->height, pixels);
  if (!error.empty()) return fail(error, kExitFailure);
  return kExitOk;
}

}  // namespace itinera
