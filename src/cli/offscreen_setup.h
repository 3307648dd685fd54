// What the verbs that draw without a window need: the map data and a renderer for it, the map
// loading on a worker while SDL, the GL context and the fonts are set up.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/geo/map_data.h"
#include "render/headless_renderer.h"

namespace itinera {

struct OffscreenSetup {
  std::shared_ptr<SdlVideo> video;  // declared first: the renderer and the data go before it
  std::unique_ptr<MapData> data;
  std::unique_ptr<HeadlessRenderer> renderer;
};

// The map of `dataDir` in `crs` (only the levels `choose` picks; all without), and a renderer of
// `size` whose fonts hold the letters of `textsShown`.
Result<OffscreenSetup> setUpOffscreen(const std::string& dataDir, const std::string& crs, Viewport size,
                                      float uiScale, const std::vector<std::string>& textsShown,
                                      const LevelChooser& choose = {});

}  // namespace itinera
