// Loads and prepares the map, for the app and the headless verbs alike.
#include "core/geo/map_data.h"

#include "core/geo/basemap_set.h"
#include "core/io/data_directory.h"

namespace itinera {

Result<std::unique_ptr<MapData>> loadMapData(const std::string& dataDir, const std::string& crs,
                                             const LevelChooser& choose, const std::string& basemapPath) {
  auto projection = Projection::create(crs);
  if (!projection) return Error{projection.error()};
  const std::string& file = basemapPath.empty() ? basemapFile() : basemapPath;
  auto basemap = file.empty() ? loadBundledBasemap(dataDir, projection.value()) : loadBasemapFile(file, projection.value());
  if (!basemap) return Error{basemap.error()};
  auto data = std::make_unique<MapData>();
  data->projection = std::move(projection.value());
  data->basemap = std::move(basemap.value());
  data->geometry = buildMapGeometry(data->basemap, choose ? choose(data->projection) : std::vector<size_t>{});
  return data;
}

LevelChooser levelForView(const NamedView& view, Viewport viewport) {
  return [view, viewport](const Projection& projection) {
    return std::vector<size_t>{lodForScale(cameraForView(view, projection, viewport).metresPerPixel)};
  };
}

bool mergeFinishedLevels(MapData& data) {
  auto& pending = data.otherLevels;
  if (!pending.valid() || pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  MapGeometry rest = pending.get();
  MapGeometry& into = data.geometry;
  shareMeshes(rest, into);  // the meshes both builds made are kept once
  bool took = false;
  for (size_t level = 0; level < kLodTolerances.size(); ++level) {
    if (!rest.built[level] || into.built[level]) continue;
    for (size_t i = 0; i < into.fills.size() && i < rest.fills.size(); ++i)
      into.fills[i].lods[level] = rest.fills[i].lods[level];
    for (size_t i = 0; i < into.lines.size() && i < rest.lines.size(); ++i)
      into.lines[i].lods[level] = rest.lines[i].lods[level];
    into.built[level] = took = true;
  }
  return took;
}

void buildOtherLevelsInBackground(MapData& data) {
  std::vector<size_t> missing;
  for (size_t i = 0; i < kLodTolerances.size(); ++i)
    if (!data.geometry.built[i]) missing.push_back(i);
  if (missing.empty()) return;
  const Basemap& basemap = data.basemap;
  const std::atomic<bool>* cancel = &data.cancelOtherLevels;
  data.otherLevels = std::async(std::launch::async,
                                [&basemap, missing, cancel] { return buildMapGeometry(basemap, missing, false, cancel); });
}

}  // namespace itinera
