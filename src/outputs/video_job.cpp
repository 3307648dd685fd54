// A video frame per step; the file moved into place after the last.
#include "outputs/video_job.h"

#include <cmath>
#include <cstdio>

#include "export/video_writer.h"

namespace itinera {

int defaultVideoFps(VideoFormat f) { return f == VideoFormat::Gif ? 12 : 30; }
Viewport defaultVideoSize(VideoFormat f) { return f == VideoFormat::Gif ? Viewport{640, 360} : Viewport{1920, 1080}; }

std::unique_ptr<StoryPacing> videoPacing(const Briefing& b, const StorySequence& sequence, double totalSeconds) {
  PacingOptions pace;
  pace.totalSeconds = totalSeconds;
  return std::make_unique<StoryPacing>(b.trip(), sequence, pace);
}

VideoJob::VideoJob(Briefing& b, HeadlessRenderer& renderer, const VideoSettings& settings)
    : settings_(settings), sequence_(buildSequence(b.trip(), b.timeline(), b.clock(), b.sourceDirs())) {
  double from = 0, to = 0;
  if (settings.span) {
    pacing_ = videoPacing(b, sequence_);
    std::tie(from, to) = *settings.span;
  } else {
    pacing_ = videoPacing(b, sequence_, settings.seconds.value_or(kDefaultVideoSeconds));
    to = pacing_->length();
  }
  double seconds = settings.seconds.value_or(to - from);
  plan_ = {settings.fps, std::max<int64_t>(1, std::llround(seconds * settings.fps)), from, to};
  frames_ = std::make_unique<StoryFrames>(b, renderer, *pacing_, plan_);
}

std::unique_ptr<VideoJob> VideoJob::create(Briefing& b, HeadlessRenderer& renderer, const VideoSettings& settings,
                                           std::string* error) {
  std::unique_ptr<VideoJob> job(new VideoJob(b, renderer, settings));
  auto writer = VideoWriter::open(settings.path, settings.size.width, settings.size.height, settings.fps,
                                  settings.format);
  if (!writer) {
    *error = writer.error();
    return nullptr;
  }
  job->writer_ = std::move(writer.value());
  return job;
}

VideoJob::~VideoJob() { cancel(); }

std::string VideoJob::step() {
  if (finished_ || !writer_) return {};
  if (next_ < plan_.frames) {
    const std::vector<uint8_t>& pixels = frames_->frame(next_);
    if (auto error = writer_->addFrame(pixels.data(), ptrdiff_t(settings_.size.width) * 4); !error.empty()) {
      cancel();
      return error;
    }
    ++next_;
  }
  if (next_ < plan_.frames) return {};
  std::string error = writer_->finish();
  if (!error.empty()) cancel();
  else finished_ = true;
  return error;
}

void VideoJob::cancel() {
  if (writer_ && !finished_) writer_->cancel();
  if (!finished_) writer_.reset();
}

std::string VideoJob::summary() const {
  char text[160];
  std::snprintf(text, sizeof text, ": %lld frames, %.1f s at %d fps, %dx%d", (long long)plan_.frames,
                double(plan_.frames) / plan_.fps, plan_.fps, settings_.size.width, settings_.size.height);
  return settings_.path + text;
}

}  // namespace itinera
