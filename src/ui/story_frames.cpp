// One video frame at a time: the moment from the pacing, the camera from the story director.
#include "ui/story_frames.h"

#include "core/frame/frame_params.h"
#include "core/story/card_frame.h"

namespace itinera {

PaceMoment storyFrameMoment(const StoryPacing& pacing, const StoryFramePlan& plan, int64_t index) {
  double share = plan.frames > 1 ? double(index) / double(plan.frames - 1) : 0;
  return pacing.at(plan.from + (plan.to - plan.from) * share);
}

StoryFrames::StoryFrames(Briefing& briefing, HeadlessRenderer& renderer, const StoryPacing& pacing,
                         const StoryFramePlan& plan)
    : briefing_(briefing),
      renderer_(renderer),
      pacing_(pacing),
      plan_(plan),
      screen_(briefing, renderer.view(), renderer.ui().fonts(), renderer.ui().scale()),
      director_(briefing.trip(), briefing.timeline(), renderer.view().data().projection) {}

const std::vector<uint8_t>& StoryFrames::frame(int64_t index) {
  PaceMoment moment = storyFrameMoment(pacing_, plan_, index);
  const Viewport size = renderer_.size();
  const float scale = renderer_.ui().scale();
  // Presenter mode has no toolbar: the story is framed in the whole map area, as in
  // `render --follow --ui --presenter`.
  Rect area = storyArea(size, scale, true, true, false);
  // A day overview card is framed on its day's places, as presenter mode frames it.
  MapBox frame = presentedFrame(briefing_.trip(), briefing_.timeline(), renderer_.view().data().projection,
                                screen_.sequence(), moment.card, moment.time);
  if (index == 0) {
    camera_.viewport = size;
    director_.followFrame(camera_, frame, area, true);
  } else {
    director_.followFrame(camera_, frame, area, false);
    director_.advance(camera_, 1.0 / plan_.fps);
  }
  Key key{moment.time, camera_.center, camera_.metresPerPixel, moment.card};
  repeated_ = key == last_ && !pixels_.empty();
  if (repeated_) return pixels_;
  briefing_.playback().seek(double(moment.time));  // the slider shows the briefing's clock
  ViewState view;
  view.presenter = true;
  view.card = moment.card;  // presenter mode shows the card, as the screen does
  FrameParams params = frameParams(view, moment.time, camera_, true, scale);
  // ImGui sizes a window over its first frames: the first frame, and a frame where the card
  // changes, are laid out until settled, as `render --ui` does.
  bool settle = index == 0 || key.card != last_.card;
  pixels_ = renderer_.renderWith([&] { screen_.draw(params); }, settle ? 3 : 1);
  last_ = key;
  return pixels_;
}

}  // namespace itinera
