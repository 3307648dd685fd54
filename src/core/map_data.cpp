// Loads and prepares the map in one call, for the app and the headless verbs alike.
#include "core/map_data.h"

namespace itinera {

Result<std::unique_ptr<MapData>> loadMapData(const std::string& dataDir, const std::string& crs) {
  auto projection = Projection::create(crs);
  if (!projection) return Error{projection.error()};
  auto basemap = loadBasemap(defaultBasemapPath(dataDir), projection.value());
  if (!basemap) return Error{basemap.error()};
  auto geometry = buildMapGeometry(basemap.value());
  return std::unique_ptr<MapData>(
      new MapData{std::move(projection.value()), std::move(basemap.value()), std::move(geometry)});
}

}  // namespace itinera
