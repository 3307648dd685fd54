// One owner of SDL_Init and SDL_Quit for the whole process.
#include "render/sdl_video.h"

#include <SDL.h>

#include <cstdlib>
#include <mutex>
#include <string>

#include "render/interruption.h"

namespace itinera {
namespace {

std::mutex gMutex;
std::weak_ptr<SdlVideo> gRunning;

}  // namespace

Result<std::shared_ptr<SdlVideo>> SdlVideo::acquire(bool visible) {
  std::lock_guard lock(gMutex);
  if (auto running = gRunning.lock()) return running;
  if (!visible && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("SDL_VIDEODRIVER"))
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
  // SDL would turn SIGINT and SIGTERM into an SDL_QUIT event that verbs never read.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  catchInterruptions();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
    return Error{std::string("cannot start SDL video: ") + SDL_GetError() +
                 " (no display? run under Xvfb, or set SDL_VIDEODRIVER=offscreen for headless use)"};
  std::shared_ptr<SdlVideo> video(new SdlVideo);
  gRunning = video;
  return video;
}

SdlVideo::~SdlVideo() {
  std::lock_guard lock(gMutex);
  SDL_Quit();
}

}  // namespace itinera
