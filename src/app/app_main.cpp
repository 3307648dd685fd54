// Starting the interactive app: a real display or a clear error, never a hidden window.
#include "app/app_main.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace itinera {
namespace {

// SDL's drivers that draw to no screen: right for `render` and `bench`, never for the app,
// which would run on unseen.
bool drawsToNoScreen(const char* driver) {
  return driver && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0);
}

int failure(const std::string& message) {
  std::cerr << "itinera: " << message << "\n";
  return 1;
}

}  // namespace

std::optional<std::string> missingDisplay() {
  const char* driver = std::getenv("SDL_VIDEODRIVER");
  if (driver && *driver) {
    if (drawsToNoScreen(driver))
      return "SDL_VIDEODRIVER=" + std::string(driver) + " has no display to show the app on; "
             "'itinera render' draws images without one";
    return std::nullopt;
  }
  auto set = [](const char* name) { const char* v = std::getenv(name); return v && *v; };
  if (!set("DISPLAY") && !set("WAYLAND_DISPLAY"))
    return std::string("no display: neither DISPLAY nor WAYLAND_DISPLAY is set (run it in a desktop session or "
                       "under Xvfb; 'itinera render' draws images without one)");
  return std::nullopt;
}

int runApp(const AppOptions& options) {
  if (auto why = missingDisplay()) return failure(*why);
  // SDL falls back to a driver with no screen when it cannot reach the display: asked before
  // the map is loaded for nothing.
  auto video = GlWindow::initVideo(true);  // held while the app starts, so SDL is not restarted
  if (!video) return failure(video.error());
  if (const char* driver = SDL_GetCurrentVideoDriver(); drawsToNoScreen(driver)) {
    const char* display = std::getenv("DISPLAY");
    return failure("cannot open the display" + (display ? " '" + std::string(display) + "'" : std::string()) +
                   ": SDL found only its '" + driver + "' driver, which shows nothing");
  }
  auto app = MapApp::start(options);
  if (!app) return failure(app.error());
  return app.value()->run();
}

}  // namespace itinera
