// Everything the map needs before the first frame: projection, basemap, and its meshes.
#pragma once

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "core/geo/basemap.h"
#include "core/geo/map_geometry.h"
#include "core/geo/projection.h"
#include "core/camera/views.h"

namespace itinera {

struct MapData {
  Projection projection;
  Basemap basemap;
  // The levels built so far, kept on the CPU so each GL context (a window, a presenter view, an
  // export) can upload its own copy: those built before the first frame, then the rest.
  MapGeometry geometry;
  std::future<MapGeometry> otherLevels;   // the rest, when built in the background
  std::atomic<bool> cancelOtherLevels{false};  // set to stop that build early (on quit)
};

// Which levels of detail to build first, knowing the projection (e.g. the first view's).
using LevelChooser = std::function<std::vector<size_t>(const Projection&)>;

// Reads the bundled basemap from `dataDir` (or `basemapPath`, any OGR file, when given, else
// the --basemap file, basemapFile()),
// projects it to `crs` and builds the meshes of the levels `choose` picks (all without a chooser).
Result<std::unique_ptr<MapData>> loadMapData(const std::string& dataDir, const std::string& crs,
                                             const LevelChooser& choose = {}, const std::string& basemapPath = "");

// Chooses the one level a view needs at a viewport size.
LevelChooser levelForView(const NamedView& view, Viewport viewport);

// Starts building the levels `data.geometry` lacks on another thread.
void buildOtherLevelsInBackground(MapData& data);
// Moves the levels built in the background, once finished, into `data.geometry`; true when it
// took some. Never waits.
bool mergeFinishedLevels(MapData& data);

}  // namespace itinera
