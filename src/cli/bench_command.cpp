// `itinera bench`: time to first frame and its parts, then frame times over a scripted tour, each
// also as a ratio to the software floor measured between the frames, and a short video export.
#include <epoxy/gl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/map_app.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "core/camera/camera_flight.h"
#include "core/io/data_directory.h"
#include "cli/offscreen_setup.h"
#include "core/story/story_pacing.h"
#include "export/video_writer.h"
#include "render/interruption.h"
#include "ui/story_frames.h"

namespace itinera {
namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// Milliseconds since the kernel started this process (from /proc/self/stat).
double msSinceProcessStart() {
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), {});
  auto close = text.rfind(')');
  if (close == std::string::npos) return -1;
  std::vector<std::string> fields;
  size_t pos = close + 2;
  while (pos < text.size()) {
    size_t next = text.find(' ', pos);
    fields.push_back(text.substr(pos, next - pos));
    if (next == std::string::npos) break;
    pos = next + 1;
  }
  double startTicks = std::stod(fields.at(19));  // field 22: starttime
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  return (now.tv_sec + now.tv_nsec * 1e-9) * 1000 - startTicks * 1000.0 / sysconf(_SC_CLK_TCK);
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(p / 100 * double(v.size())))];
}

// The tour: pan across the first view, zoom into the second, fly to the last, zoom out (for
// Panama: the overview, Panama City, the Darién).
std::vector<Camera> scriptedTour(const MapData& data, Viewport size, int frames, const std::vector<NamedView>& views) {
  Camera overview = cameraForView(views.front(), data.projection, size);
  Camera city = cameraForView(views[std::min<size_t>(1, views.size() - 1)], data.projection, size);
  Camera darien = cameraForView(views.back(), data.projection, size);
  Camera panned = overview;
  panned.panByPixels(-size.width * 0.3, size.height * 0.1);
  CameraFlight legs[] = {{overview, panned}, {panned, city}, {city, darien}, {darien, overview}};
  std::vector<Camera> tour;
  for (int i = 0; i < frames; ++i) {
    double t = double(i) / std::max(1, frames - 1) * 4;
    int leg = std::min(3, int(t));
    tour.push_back(legs[leg].at(t - leg));
  }
  return tour;
}

// CPU time of all the process's threads, the rasteriser's included, in milliseconds.
double processCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec * 1e-6;
}

struct FrameTimes {
  std::vector<double> wallMs;
  std::vector<double> floorMs;  // the software floor, measured between the frames
  double cpuMsPerFrame = 0;  // steadier than wall time on a shared machine
};

// Times each of `frames` frames drawn by `draw(i, cameras)`, each followed by a floor frame
// (`floor`): the machine's speed swings within seconds, so the two are measured side by side.
template <typename Draw, typename Floor>
FrameTimes timeFrames(int frames, Draw draw, Floor floor, const std::vector<Camera>& cameras) {
  FrameTimes times;
  double cpuMs = 0;
  for (int i = 0; i < frames && !interrupted(); ++i) {
    double cpuStart = processCpuMs();
    auto start = Clock::now();
    draw(i, cameras);
    times.wallMs.push_back(msBetween(start, Clock::now()));
    cpuMs += processCpuMs() - cpuStart;
    auto floorStart = Clock::now();
    floor();
    times.floorMs.push_back(msBetween(floorStart, Clock::now()));
  }
  times.cpuMsPerFrame = cpuMs / frames;
  return times;
}

// A short video export as `export video` makes it: story frames rendered offscreen at 1080p and
// encoded through the real writer into a temporary MP4, removed afterwards. `frames` frames are
// spread over the whole story, so each is drawn anew. wallMs is -1 with `error` on a failure.
struct ExportTimes {
  double wallMs = -1;
  int64_t frames = 0;
  int fps = 30;
  std::string error;
};

ExportTimes timeExport(const std::string& dataDir, const std::string& crs, int frames) {
  ExportTimes times;
  times.frames = frames;
  std::string tripPath = defaultTripPath(dataDir);
  auto loaded = Briefing::load(tripPath, {}, tripLoadOptions(crs));
  if (!loaded) return {-1, 0, 30, loaded.error()};
  Briefing& b = *loaded.value();
  StorySequence sequence = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  PacingOptions pace;
  pace.totalSeconds = kDefaultVideoSeconds;
  StoryPacing pacing(b.trip(), sequence, pace);
  Viewport size{1920, 1080};
  auto setup = setUpOffscreen(dataDir, crs, size, 1, textsOfTripFile(tripPath));
  if (!setup) return {-1, 0, 30, setup.error()};
  std::string path = (std::filesystem::temp_directory_path() / ("itinera-bench-" + std::to_string(getpid()) + ".mp4")).string();
  auto start = Clock::now();
  auto writer = VideoWriter::open(path, size.width, size.height, times.fps);
  if (!writer) return {-1, 0, 30, writer.error()};
  StoryFramePlan plan{times.fps, frames, 0, pacing.length()};
  StoryFrames story(b, *setup->renderer, pacing, plan);
  for (int64_t i = 0; i < plan.frames && !interrupted(); ++i)
    if (auto error = writer.value()->addFrame(story.frame(i).data(), ptrdiff_t(size.width) * 4); !error.empty())
      return {-1, 0, 30, error};
  if (interrupted()) return times;  // the writer, dropped unfinished, leaves nothing
  if (auto error = writer.value()->finish(); !error.empty()) return {-1, 0, 30, error};
  times.wallMs = msBetween(start, Clock::now());
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return times;
}

void reportExport(const ExportTimes& times, double floorMs, Viewport floorSize) {
  if (interrupted()) return;
  if (times.wallMs < 0) {
    std::printf("export:   failed: %s\n", times.error.c_str());
    return;
  }
  double perFrame = times.wallMs / double(times.frames), fps = 1000 / perFrame;
  std::printf("export:   %lld frames at 1920x1080, %d fps MP4: %.1f frames/s, %.2fx real time; %.1f ms a frame, "
              "%.1fx the floor (%.2f ms at %dx%d)\n",
              (long long)times.frames, times.fps, fps, fps / times.fps, perFrame, floorMs > 0 ? perFrame / floorMs : 0.0,
              floorMs, floorSize.width, floorSize.height);
}

}  // namespace

int runBench(const CommandLine& cl) {
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  int frames = 240;
  if (cl.has("--frames")) {
    std::string f = cl.get("--frames");
    auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), frames);
    if (ec != std::errc() || end != f.data() + f.size() || frames < 1 || frames > 100000)
      return fail("bad --frames '" + f + "': expected a count from 1 to 100000", kExitUsage);
  }
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  StartupTimings startup;
  AppOptions options;
  std::vector<NamedView> views = optionViews(cl, crs.value());
  options.view = views.front();
  options.views = views;
  options.viewChosen = true;
  options.size = size.value();
  options.crs = crs.value();
  options.tripPath = defaultTripPath(dataDir.value());
  options.tripLoad = tripLoadOptions(options.crs);
  options.vsync = false;
  auto app = MapApp::start(options, &startup);
  if (!app) return fail(app.error(), kExitFailure);
  auto t0 = Clock::now();
  app.value()->renderFrame(nullptr);
  double firstFrame = msSinceProcessStart();
  std::printf("time to first frame: %.1f ms after process start\n", firstFrame);
  std::printf("  on a worker: read %.1f ms, project %.1f ms, tessellate %.1f ms (first view's level; the rest "
              "follow in the background), loaded at %.1f ms\n"
              "  meanwhile: window and GL context %.1f ms, then fonts and UI %.1f ms; after loading: upload %.1f ms, "
              "first draw %.1f ms\n",
              startup.read.readMs, startup.read.projectMs, startup.tessellateMs, startup.loadMs, startup.windowMs,
              startup.uiMs, startup.initMs, msBetween(t0, Clock::now()));
  const char* threads = std::getenv("LP_NUM_THREADS");
  std::printf("renderer: %s; software rasteriser threads (LP_NUM_THREADS): %s\n",
              reinterpret_cast<const char*>(glGetString(GL_RENDERER)), threads ? threads : "driver default");
  MapApp& map = *app.value();
  map.waitForAllLevels();
  auto report = [&](const char* name, const FrameTimes& times) {
    if (interrupted()) return;
    const std::vector<double>& t = times.wallMs;
    double floor = percentile(times.floorMs, 50);
    std::printf("%-9s %d frames at %dx%d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.2f ms a frame; "
                "p95 %.1fx the floor (%.2f ms)\n",
                name, frames, size->width, size->height, percentile(t, 50), percentile(t, 95), percentile(t, 99),
                percentile(t, 100), times.cpuMsPerFrame, floor > 0 ? percentile(t, 95) / floor : 0.0, floor);
  };
  auto floorFrame = [&] { app.value()->renderFloorFrame(); };
  report("tour:", timeFrames(frames, [&](int i, const std::vector<Camera>& tour) { map.renderFrame(&tour[i]); }, floorFrame,
                             scriptedTour(map.data(), map.drawableSize(), frames, views)));
  // The same tour with the basemap alone: what the map costs before any label, trip or window.
  report("map only:", timeFrames(frames, [&](int i, const std::vector<Camera>& tour) {
    map.renderBasemapOnly(tour[i]);
  }, floorFrame, scriptedTour(map.data(), map.drawableSize(), frames, views)));
  Briefing& briefing = *map.briefing();
  map.viewState().follow = true;
  briefing.playback().seek(double(briefing.playback().start()));
  briefing.playback().setSpeedIndex(Playback::speeds().size() - 1);
  briefing.playback().setLoop(true);
  briefing.playback().setPlaying(true);
  report("playback:", timeFrames(frames, [&](int, const std::vector<Camera>&) { map.renderFrame(nullptr); }, floorFrame, {}));
  briefing.playback().setPlaying(false);
  report("scrub:", timeFrames(frames, [&](int i, const std::vector<Camera>&) {
    Playback& p = briefing.playback();
    p.seek(double(p.start()) + double(p.end() - p.start()) * i / std::max(1, frames - 1));
    map.renderFrame(nullptr);
  }, floorFrame, {}));
  // The floor again, beside the export: the machine may have changed speed since the tour.
  std::vector<double> floors;
  for (int i = 0; i < 10 && !interrupted(); ++i) {
    auto floorStart = Clock::now();
    floorFrame();
    floors.push_back(msBetween(floorStart, Clock::now()));
  }
  reportExport(timeExport(dataDir.value(), crs.value(), std::min(frames, 60)), percentile(floors, 50), map.drawableSize());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  return interrupted() ? interruptionExitCode() : kExitOk;
}

}  // namespace itinera
