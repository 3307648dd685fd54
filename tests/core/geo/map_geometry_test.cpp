// Building the levels of detail: a cancelled build stops early and claims no level; levels finer
// than a source's own detail share one mesh of it.
#include "core/geo/map_geometry.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

#include "core/geo/map_data.h"

using namespace itinera;

TEST(MapGeometry, ACancelledBuildHoldsNoLevel) {
  auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs, [](const Projection&) { return std::vector<size_t>{7}; });
  ASSERT_TRUE(data.ok()) << data.error();
  std::atomic<bool> cancel{true};
  MapGeometry g = buildMapGeometry(data.value()->basemap, {0, 1, 2}, false, &cancel);
  for (bool built : g.built) EXPECT_FALSE(built);
  for (const auto& fill : g.fills) EXPECT_EQ(indexCount(fill.lods[0]), 0u) << fill.name;
  cancel = false;
  MapGeometry whole = buildMapGeometry(data.value()->basemap, {6}, false, &cancel);
  EXPECT_TRUE(whole.built[6]);
  EXPECT_GT(indexCount(whole.fills.front().lods[6]), 0u);
}

TEST(MapGeometry, QuittingCancelsTheBackgroundLevels) {
  auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs, [](const Projection&) { return std::vector<size_t>{7}; });
  ASSERT_TRUE(data.ok()) << data.error();
  MapData& d = *data.value();
  d.cancelOtherLevels = true;  // as the app does on quit, here before the build starts
  buildOtherLevelsInBackground(d);
  ASSERT_TRUE(d.otherLevels.valid());
  MapGeometry rest = d.otherLevels.get();
  for (bool built : rest.built) EXPECT_FALSE(built);
}

namespace {

GeoFeature square(const std::string& id, double x, double size, double detailFloor) {
  GeoFeature f;
  f.id = id;
  f.polygons.push_back({{{x, 0}, {x + size, 0}, {x + size, size}, {x, size}, {x, 0}}});
  f.detailFloor = detailFloor;
  return f;
}

GeoLayer& layerNamed(Basemap& map, const std::string& name) {
  for (GeoLayer& layer : map.layers)
    if (layer.name == name) return layer;
  throw std::logic_error("no layer " + name);
}

// Panama in full detail beside a world country whose source is no finer than 200 m.
Basemap detailBesideWorld(bool withDetail = true) {
  Basemap map;
  for (const std::string& name : basemapLayerNames()) map.layers.push_back({name});
  GeoLayer& countries = layerNamed(map, "countries");
  if (withDetail) countries.features.push_back(square("PAN", 0, 50000, 0));
  countries.features.push_back(square("COL", 60000, 50000, 200));
  GeoFeature coast;
  coast.lines.push_back({{60000, 0}, {110000, 0}});
  coast.detailFloor = 200;
  layerNamed(map, "coastline").features.push_back(coast);
  return map;
}

}  // namespace

TEST(MapGeometry, LevelsFinerThanAGroupsFloorShareItsMesh) {
  Basemap map = detailBesideWorld();
  MapGeometry g = buildMapGeometry(map, {0, 1, 2, 3, 4, 5, 6}, false);
  const FillLayerGeometry& world = g.fills[0];  // neighbours
  ASSERT_EQ(world.name, "neighbours");
  for (size_t level = 0; level <= 5; ++level) {  // tolerances up to 200 m draw the world at 200 m
    ASSERT_EQ(world.lods[level].size(), 1u);
    EXPECT_EQ(world.lods[level][0].mesh, world.lods[5][0].mesh) << "level " << level;
    EXPECT_EQ(world.lods[level][0].tolerance, 200);
  }
  EXPECT_NE(world.lods[6][0].mesh, world.lods[5][0].mesh);
  EXPECT_GT(indexCount(world.lods[0]), 0u);
  const LineLayerGeometry& coast = g.lines[2];
  ASSERT_EQ(coast.name, "coastline");
  EXPECT_EQ(coast.lods[0][0].mesh, coast.lods[5][0].mesh);
  // Panama's own detail has no floor: each level its own mesh.
  EXPECT_NE(g.fills[1].lods[0][0].mesh, g.fills[1].lods[1][0].mesh);
}

TEST(MapGeometry, SharedMeshesAreCountedOnce) {
  Basemap map = detailBesideWorld();
  size_t separately = 0;  // each level built alone holds its own copy of the world
  for (size_t level = 0; level <= 5; ++level) separately += meshBytes(buildMapGeometry(map, {level}, false));
  size_t world = meshBytes(buildMapGeometry(detailBesideWorld(false), {5}, false));
  ASSERT_GT(world, 0u);
  EXPECT_EQ(meshBytes(buildMapGeometry(map, {0, 1, 2, 3, 4, 5}, false)), separately - 5 * world);
}

TEST(MapGeometry, ALaterBuildSharesTheMeshesOfTheFirst) {
  Basemap map = detailBesideWorld();
  MapGeometry first = buildMapGeometry(map, {5}, false);
  MapGeometry later = buildMapGeometry(map, {3, 4}, false);
  EXPECT_NE(later.fills[0].lods[4][0].mesh, first.fills[0].lods[5][0].mesh);
  shareMeshes(later, first);
  EXPECT_EQ(later.fills[0].lods[4][0].mesh, first.fills[0].lods[5][0].mesh);
  EXPECT_EQ(later.fills[0].lods[3][0].mesh, first.fills[0].lods[5][0].mesh);
  EXPECT_NE(later.fills[1].lods[4][0].mesh, first.fills[1].lods[5][0].mesh);  // Panama's differ
}
