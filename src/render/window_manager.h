// Whether a window manager looks after the app's windows: without one (a kiosk session started
// straight into X), a request for full screen goes unanswered.
#pragma once

#include <SDL.h>

namespace itinera {

// True where one runs, or where the video driver always has one (anything but X11).
bool windowManagerRuns(SDL_Window* window);

}  // namespace itinera
