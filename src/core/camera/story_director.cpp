// Following the story with the camera.
#include "core/camera/story_director.h"

namespace itinera {

void StoryDirector::follow(Camera& camera, int64_t t, const Rect& area, bool immediately,
                           const std::vector<Rect>& panels) {
  MapBox box = storyFrame(trip_, timeline_, projection_, t);
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
