// Setting up an offscreen renderer while the map loads.
#include "cli/offscreen_setup.h"

#include <future>

#include "render/gl_window.h"

namespace itinera {

Result<OffscreenSetup> setUpOffscreen(const std::string& dataDir, const std::string& crs, Viewport size,
                                      float uiScale, const std::vector<std::string>& textsShown,
                                      const LevelChooser& choose) {
  OffscreenSetup setup;
  // SDL starts before the worker: see GlWindow::initVideo.
  auto video = GlWindow::initVideo(false);
  if (!video) return Error{video.error()};
  setup.video = video.value();
  auto loading = std::async(std::launch::async, [&] { return loadMapData(dataDir, crs, choose); });
  auto renderer = HeadlessRenderer::create([&]() -> Result<MapData*> {
    auto data = loading.get();
    if (!data) return Error{data.error()};
    setup.data = std::move(data.value());
    return setup.data.get();
  }, size, uiScale, textsShown);
  if (!renderer) {
    if (loading.valid()) loading.wait();
    return Error{renderer.error()};
  }
  setup.renderer = std::move(renderer.value());
  return setup;
}

}  // namespace itinera
