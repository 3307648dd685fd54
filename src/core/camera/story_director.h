// The camera following the story: frames what matters at each moment inside the story area,
// flying there when the frame changed enough. Advanced by steps the caller gives (the
// window's measured frame time, an export's 1/fps), so the same steps give the same cameras.
#pragma once

#include <cstdint>
#include <vector>

#include "core/camera/camera_director.h"
#include "core/camera/story_camera.h"
#include "core/layout/screen_layout.h"

namespace itinera {

class StoryDirector {
 public:
  StoryDirector(const Trip& trip, const Timeline& timeline, const Projection& projection)
      : trip_(trip), timeline_(timeline), projection_(projection) {}

  // Frames the story at `t` in `area` of the camera's viewport, clear of `panels` over it
  // (screen_layout.h): at once when `immediately`, else by a flight if the frame moved enough
  // since the last one flown to.
  void follow(Camera& camera, int64_t t, const Rect& area, bool immediately, const std::vector<Rect>& panels = {});
  // Moves a flight under way on by `dtSeconds`; false once none is.
  bool advance(Camera& camera, double dtSeconds) { return director_.advance(camera, dtSeconds); }
  bool flying() const { return director_.flying(); }
  // The user took the camera: the flight stops and the next follow frames anew.
  void stop() { director_.stop(); }
  void frameAnew() { lastFrame_ = {}; }

 private:
  const Trip& trip_;
  const Timeline& timeline_;
  const Projection& projection_;
  CameraDirector director_;
  MapBox lastFrame_;  // the story frame last flown to
};

}  // namespace itinera
