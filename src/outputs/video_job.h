// The story as a video (MP4 or GIF), one frame per step: presenter mode at the story's pace,
// drawn by StoryFrames while the writer encodes the frame before on its own thread.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/story/briefing.h"
#include "core/story/story_pacing.h"
#include "export/video_format.h"
#include "outputs/export_job.h"
#include "render/headless_renderer.h"
#include "ui/story_frames.h"

namespace itinera {

class VideoWriter;

// The whole trip lasts this long in a video unless told otherwise.
inline constexpr double kDefaultVideoSeconds = 90;
inline constexpr double kMaxVideoSeconds = 3600;

// The frame rate and size a format gets by default: GIF small, for e-mail and chat.
int defaultVideoFps(VideoFormat format);
Viewport defaultVideoSize(VideoFormat format);

// The story paced to last `totalSeconds`: what a span of the video is measured in.
std::unique_ptr<StoryPacing> videoPacing(const Briefing& briefing, const StorySequence& sequence,
                                         double totalSeconds = kDefaultVideoSeconds);

struct VideoSettings {
  std::string path;
  VideoFormat format = VideoFormat::Mp4;
  Viewport size{1920, 1080};  // the renderer's size
  int fps = 30;
  std::optional<double> seconds;  // the video's length; without it the span's length at the default pace
  // A part of the story, in presentation seconds of videoPacing(): cut from the whole at the
  // default pace, then played in `seconds` if given. Without it, the whole trip fitted to `seconds`.
  std::optional<std::pair<double, double>> span;
};

class VideoJob : public ExportJob {
 public:
  // Opens the file's writer (under a temporary name). `briefing` and `renderer` must outlive the
  // job; the briefing's clock is moved to each frame's moment.
  static std::unique_ptr<VideoJob> create(Briefing& briefing, HeadlessRenderer& renderer, const VideoSettings& settings,
                                          std::string* error);
  ~VideoJob() override;

  std::string step() override;
  bool finished() const override { return finished_; }
  int64_t done() const override { return next_; }
  int64_t total() const override { return plan_.frames; }
  void cancel() override;
  std::string summary() const override;
  const StoryFramePlan& plan() const { return plan_; }

 private:
  VideoJob(Briefing& briefing, HeadlessRenderer& renderer, const VideoSettings& settings);

  VideoSettings settings_;
  StorySequence sequence_;
  std::unique_ptr<StoryPacing> pacing_;
  StoryFramePlan plan_;
  std::unique_ptr<StoryFrames> frames_;
  std::unique_ptr<VideoWriter> writer_;
  int64_t next_ = 0;
  bool finished_ = false;
};

}  // namespace itinera
