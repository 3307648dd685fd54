// SDL's video subsystem, started once per process and shared by every window: closing one
// window leaves the others working, and SDL quits with the last owner.
#pragma once

#include <memory>

#include "core/io/result.h"

namespace itinera {

class SdlVideo {
 public:
  // Starts SDL video, or shares the running one. Picks SDL's offscreen (EGL) driver when no
  // window is to be shown and there is no display. SDL's own SIGINT/SIGTERM handlers are
  // replaced by ours (see interruption.h), so Ctrl-C stops the work instead of being lost.
  // Windows live on the main thread, and so do the owners of SDL video.
  static Result<std::shared_ptr<SdlVideo>> acquire(bool visible);
  ~SdlVideo();
  SdlVideo(const SdlVideo&) = delete;
  SdlVideo& operator=(const SdlVideo&) = delete;

 private:
  SdlVideo() = default;
};

}  // namespace itinera
