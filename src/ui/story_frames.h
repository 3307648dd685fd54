// The frames of a video of the story: presenter mode played at the story's pace (StoryPacing),
// the camera following the story by one frame's step at a time, drawn offscreen through the
// same BriefingScreen as the window, which shows each card of the sequence as presenter mode does.
#pragma once

#include <cstdint>
#include <cstddef>
#include <memory>
#include <vector>

#include "core/camera/story_director.h"
#include "core/story/briefing.h"
#include "core/story/story_pacing.h"
#include "render/headless_renderer.h"
#include "ui/briefing_screen.h"

namespace itinera {

struct StoryFramePlan {
  int fps = 30;
  int64_t frames = 0;
  double from = 0, to = 0;  // the presentation seconds of the pacing the frames span, ends included
};

// What frame `index` of `plan` shows: the pacing's moment at its presentation second.
PaceMoment storyFrameMoment(const StoryPacing& pacing, const StoryFramePlan& plan, int64_t index);

class StoryFrames {
 public:
  StoryFrames(Briefing& briefing, HeadlessRenderer& renderer, const StoryPacing& pacing,
              const StoryFramePlan& plan);

  // Frame `index`, RGBA, top row first. Frames are made in order from 0 (the camera moves by
  // 1/fps per frame); a frame showing the same moment through the same camera as the one before
  // is that frame again, not drawn anew.
  const std::vector<uint8_t>& frame(int64_t index);
  // True when the last frame() was the frame before it again (a card held, the camera still).
  bool repeated() const { return repeated_; }

 private:
  struct Key {
    int64_t time = -1;
    MapPoint center;
    double metresPerPixel = 0;
    size_t card = SIZE_MAX;
    bool operator==(const Key& o) const {
      return time == o.time && center.x == o.center.x && center.y == o.center.y &&
             metresPerPixel == o.metresPerPixel && card == o.card;
    }
  };

  Briefing& briefing_;
  HeadlessRenderer& renderer_;
  const StoryPacing& pacing_;
  StoryFramePlan plan_;
  BriefingScreen screen_;
  StoryDirector director_;
  Camera camera_;
  Key last_;
  std::vector<uint8_t> pixels_;
  bool repeated_ = false;
};

}  // namespace itinera
