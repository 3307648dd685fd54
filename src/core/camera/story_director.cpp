// Following the story with the camera.
#include "core/camera/story_director.h"

namespace itinera {

void StoryDirector::follow(Camera& camera, int64_t t, const Rect& area, bool immediately) {
  MapBox box = storyFrame(trip_, timeline_, projection_, t);
  if (!immediately && !lastFrame_.empty() && !storyFrameChanged(lastFrame_, box)) return;
  lastFrame_ = box;
  Camera target = cameraFraming(box, camera.viewport, area, kStoryFrameMargin);
  if (immediately) {
    director_.stop();
    camera = target;
  } else {
    director_.flyTo(camera, target);
  }
}

}  // namespace itinera
