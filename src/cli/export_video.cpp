// `itinera export video`: the story as an MP4 or GIF, presenter mode at the story's pace,
// rendered offscreen frame by frame while the writer encodes the frame before.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "core/io/data_directory.h"
#include "export/video_writer.h"
#include "cli/offscreen_setup.h"
#include "render/interruption.h"
#include "ui/story_frames.h"

namespace itinera {
namespace {

// The frame rate and size a format gets by default: GIF small, for e-mail and chat.
int defaultFps(VideoFormat f) { return f == VideoFormat::Gif ? 12 : 30; }
Viewport defaultSize(VideoFormat f) { return f == VideoFormat::Gif ? Viewport{640, 360} : Viewport{1920, 1080}; }

struct VideoJob {
  std::string path;
  VideoFormat format = VideoFormat::Mp4;
  Viewport size;
  int fps = 30;
  std::optional<double> seconds;
  std::string crs;
  std::vector<std::string> sources;
};

// Every option checked, before the trip is loaded: usage errors (2).
Result<VideoJob> videoJob(const CommandLine& cl) {
  if (!cl.has("-o")) return Error{"export video needs an output file: -o FILE.mp4 or -o FILE.gif"};
  VideoJob job;
  job.path = cl.get("-o");
  auto format = videoFormatForPath(job.path);
  if (!format) return Error{format.error()};
  job.format = format.value();
  auto size = sizeOption(cl, defaultSize(job.format));
  if (!size) return Error{size.error()};
  job.size = size.value();
  auto fps = fpsOption(cl, defaultFps(job.format));
  if (!fps) return Error{fps.error()};
  job.fps = fps.value();
  if (auto problem = checkVideoSettings(job.format, job.size.width, job.size.height, job.fps); !problem.empty())
    return Error{problem};
  auto seconds = secondsOption(cl);
  if (!seconds) return Error{seconds.error()};
  job.seconds = seconds.value();
  auto crs = crsOption(cl);
  if (!crs) return Error{crs.error()};
  job.crs = crs.value();
  auto sources = sourceDirectories(cl);
  if (!sources) return Error{sources.error()};
  job.sources = sources.value();
  return job;
}

// A bar that redraws itself on a terminal; nothing when stderr is a file or a pipe.
class ProgressBar {
 public:
  explicit ProgressBar(int64_t total) : total_(total), shown_(isatty(STDERR_FILENO)) {}
  void update(int64_t done) {
    int percent = int(done * 100 / std::max<int64_t>(total_, 1));
    if (!shown_ || percent == percent_) return;
    percent_ = percent;
    int filled = percent * 40 / 100;
    std::fprintf(stderr, "\r[%s%s] %3d%% %lld/%lld frames", std::string(filled, '#').c_str(),
                 std::string(40 - filled, ' ').c_str(), percent, (long long)done, (long long)total_);
    std::fflush(stderr);
  }
  void clear() {
    if (shown_ && percent_ >= 0) std::fprintf(stderr, "\r%78s\r", "");
  }

 private:
  int64_t total_;
  bool shown_;
  int percent_ = -1;
};

// Renders and encodes every frame; returns the exit code.
int writeFrames(StoryFrames& frames, const StoryFramePlan& plan, VideoWriter& writer, Viewport size) {
  ProgressBar bar(plan.frames);
  for (int64_t i = 0; i < plan.frames; ++i) {
    if (interrupted()) {
      bar.clear();
      writer.cancel();
      return interruptionExitCode();
    }
    const std::vector<uint8_t>& pixels = frames.frame(i);
    if (auto error = writer.addFrame(pixels.data(), ptrdiff_t(size.width) * 4); !error.empty()) {
      bar.clear();
      return fail(error, kExitFailure);
    }
    bar.update(i + 1);
  }
  bar.clear();
  if (interrupted()) {
    writer.cancel();
    return interruptionExitCode();
  }
  if (auto error = writer.finish(); !error.empty()) return fail(error, kExitFailure);
  return kExitOk;
}

}  // namespace

int runExportVideo(const CommandLine& cl) {
  auto start = std::chrono::steady_clock::now();
  auto job = videoJob(cl);
  if (!job) return fail(job.error(), kExitUsage);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  auto tripPath = tripPathOption(cl);
  if (!tripPath) return fail(tripPath.error(), kExitFailure);
  auto loaded = Briefing::load(tripPath.value(), job->sources, tripLoadOptions(job->crs));
  if (!loaded) return fail(loaded.error(), kExitFailure);
  Briefing& b = *loaded.value();
  StorySequence sequence = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  // The whole trip is fitted to --seconds; a part of it is cut from the whole at the default
  // pace, then played in --seconds if given.
  PacingOptions pace;
  pace.totalSeconds = kDefaultVideoSeconds;
  auto pacing = std::make_unique<StoryPacing>(b.trip(), sequence, pace);
  auto span = presentationSpan(cl, b.trip(), b.clock(), *pacing);
  if (!span) return fail(span.error(), kExitUsage);
  if (span->whole && job->seconds) {
    pace.totalSeconds = *job->seconds;
    pacing = std::make_unique<StoryPacing>(b.trip(), sequence, pace);
    span->to = pacing->length();
  }
  double seconds = job->seconds.value_or(span->to - span->from);
  StoryFramePlan plan{job->fps, std::max<int64_t>(1, std::llround(seconds * job->fps)), span->from, span->to};
  if (auto problem = outputFolderProblem(job->path); !problem.empty()) return fail(problem, kExitFailure);

  // Every level of detail: the camera goes from the whole trip down to a city.
  auto setup = setUpOffscreen(dataDir.value(), job->crs, job->size, 1, textsOfTripFile(tripPath.value()));
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  auto writer = VideoWriter::open(job->path, job->size.width, job->size.height, job->fps, job->format);
  if (!writer) return fail(writer.error(), kExitFailure);
  StoryFrames frames(b, *setup->renderer, *pacing, plan);
  if (int code = writeFrames(frames, plan, *writer.value(), job->size); code != kExitOk) return code;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double length = double(plan.frames) / plan.fps;
  std::printf("%s: %lld frames, %.1f s at %d fps, %dx%d, written in %.1f s (%.2fx real time)\n", job->path.c_str(),
              (long long)plan.frames, length, plan.fps, job->size.width, job->size.height, wall, length / wall);
  return kExitOk;
}

}  // namespace itinera
