// Everything the map needs before the first frame: projection, basemap, and its meshes.
#pragma once

#include <memory>
#include <string>

#include "core/basemap.h"
#include "core/map_geometry.h"
#include "core/projection.h"

namespace itinera {

struct MapData {
  Projection projection;
  Basemap basemap;
  MapGeometry geometry;
};

// Reads the bundled basemap from `dataDir`, projects it to `crs` and builds its meshes.
Result<std::unique_ptr<MapData>> loadMapData(const std::string& dataDir, const std::string& crs);

}  // namespace itinera
