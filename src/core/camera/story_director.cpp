// Following the story with the camera.
#include "core/camera/story_director.h"

namespace itinera {

void StoryDirector::follow(Camera& camera, int64_t t, const Rect& area, bool immediately,
                           const std::vector<Rect>& panels) {
  followFrame(camera, storyFrame(trip_, timeline_, projection_, t), area, immediately, panels);
}

void StoryDirector::followFrame(Camera& camera, const MapBox& box, const Rect& area, bool immediately,
                                const std::vector<Rect>& panels) {
  if (!immediately && !lastFrame_.empty() && !storyFrameChanged(lastFrame_, box)) return;
  lastFrame_ = box;
  Camera target = cameraFramingClearOf(box, camera.viewport, area, panels, kStoryFrameMargin);
  if (immediately) {
    director_.stop();
    camera = target;
  } else {
    director_.flyTo(camera, target);
  }
}

}  // namespace itinera
