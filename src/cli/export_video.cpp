// `itinera export video`: the story as an MP4 or GIF, presenter mode at the story's pace,
// a VideoJob stepped to its end with a progress bar on a terminal; Ctrl-C stops it.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/export_options.h"
#include "core/io/data_directory.h"
#include "cli/offscreen_setup.h"
#include "render/interruption.h"
#include "outputs/video_job.h"

namespace itinera {
namespace {

struct VideoOptions {
  std::string path;
  VideoFormat format = VideoFormat::Mp4;
  Viewport size;
  int fps = 30;
  std::optional<double> seconds;
  std::string crs;
  std::vector<std::string> sources;
};

// Every option checked, before the trip is loaded: usage errors (2).
Result<VideoOptions> videoOptions(const CommandLine& cl) {
  if (!cl.has("-o")) return Error{"export video needs an output file: -o FILE.mp4 or -o FILE.gif"};
  VideoOptions job;
  job.path = cl.get("-o");
  auto format = videoFormatForPath(job.path);
  if (!format) return Error{format.error()};
  job.format = format.value();
  auto size = sizeOption(cl, defaultVideoSize(job.format));
  if (!size) return Error{size.error()};
  job.size = size.value();
  auto fps = fpsOption(cl, defaultVideoFps(job.format));
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

// Renders and encodes every frame, stopping on Ctrl-C; returns the exit code.
int writeFrames(VideoJob& job) {
  ProgressBar bar(job.total());
  bool stopped = false;
  std::string error = runExportJob(job, [&](int64_t done, int64_t) {
    if (interrupted()) return false;
    bar.update(done);
    return true;
  }, &stopped);
  bar.clear();
  if (stopped) return interruptionExitCode();
  if (!error.empty()) return fail(error, kExitFailure);
  return kExitOk;
}

}  // namespace

int runExportVideo(const CommandLine& cl) {
  auto start = std::chrono::steady_clock::now();
  auto job = videoOptions(cl);
  if (!job) return fail(job.error(), kExitUsage);
  auto dataDir = findDataDirectory();
  if (!dataDir) return fail(dataDir.error(), kExitFailure);
  auto tripPath = tripPathOption(cl);
  if (!tripPath) return fail(tripPath.error(), kExitFailure);
  auto loaded = Briefing::load(tripPath.value(), job->sources, tripLoadOptions(job->crs));
  if (!loaded) return fail(loaded.error(), kExitFailure);
  Briefing& b = *loaded.value();
  StorySequence sequence = buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs());
  // A part of the trip is cut from the whole at the default pace.
  auto pacing = videoPacing(b, sequence);
  auto span = presentationSpan(cl, b.trip(), b.clock(), *pacing);
  if (!span) return fail(span.error(), kExitUsage);
  VideoSettings settings{job->path, job->format, job->size, job->fps, job->seconds, std::nullopt};
  if (!span->whole) settings.span = std::make_pair(span->from, span->to);
  if (auto problem = outputFolderProblem(job->path); !problem.empty()) return fail(problem, kExitFailure);

  // Every level of detail: the camera goes from the whole trip down to a city.
  auto setup = setUpOffscreen(dataDir.value(), job->crs, job->size, 1, textsOfTripFile(tripPath.value()));
  if (interrupted()) return interruptionExitCode();
  if (!setup) return fail(setup.error(), kExitFailure);
  std::string error;
  auto video = VideoJob::create(b, *setup->renderer, settings, &error);
  if (!video) return fail(error, kExitFailure);
  if (int code = writeFrames(*video); code != kExitOk) return code;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double length = double(video->plan().frames) / video->plan().fps;
  std::printf("%s, written in %.1f s (%.2fx real time)\n", video->summary().c_str(), wall, length / wall);
  return kExitOk;
}

}  // namespace itinera
