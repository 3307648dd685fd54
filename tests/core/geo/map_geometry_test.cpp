// Building the levels of detail: a cancelled build stops early and claims no level.
#include "core/geo/map_geometry.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/geo/map_data.h"

using namespace itinera;

TEST(MapGeometry, ACancelledBuildHoldsNoLevel) {
  auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs, [](const Projection&) { return std::vector<size_t>{7}; });
  ASSERT_TRUE(data.ok()) << data.error();
  std::atomic<bool> cancel{true};
  MapGeometry g = buildMapGeometry(data.value()->basemap, {0, 1, 2}, false, &cancel);
  for (bool built : g.built) EXPECT_FALSE(built);
  for (const auto& fill : g.fills) EXPECT_TRUE(fill.lods[0].vertices.empty()) << fill.name;
  cancel = false;
  MapGeometry whole = buildMapGeometry(data.value()->basemap, {6}, false, &cancel);
  EXPECT_TRUE(whole.built[6]);
  EXPECT_FALSE(whole.fills.front().lods[6].vertices.empty());
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
