// Pixel tests of the world basemap: land and water on three continents, each in the CRS its trip
// fixture chooses; Panama's neighbours past the detailed region; the Americas zoomed out.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo/map_data.h"
#include "core/geo/trip_crs.h"
#include "core/trip/trip_loader.h"
#include "render/headless_renderer.h"
#include "surface_probe.h"

using namespace itinera;

namespace {

constexpr Viewport kSize{960, 540};

// The surface most common in a 5x5 block around a pixel (lines and labels aside).
Surface surfaceAt(const std::vector<uint8_t>& image, ScreenPoint s) {
  int counts[3] = {0, 0, 0};
  for (int dy = -2; dy <= 2; ++dy)
    for (int dx = -2; dx <= 2; ++dx) {
      int x = int(std::lround(s.x)) + dx, y = int(std::lround(s.y)) + dy;
      if (x < 0 || y < 0 || x >= kSize.width || y >= kSize.height) continue;
      counts[int(classify(&image[(size_t(y) * kSize.width + x) * 4]))]++;
    }
  int best = 0;
  for (int i = 1; i < 2; ++i)
    if (counts[i] > counts[best]) best = i;
  return counts[best] > 0 ? Surface(best) : Surface::Other;
}

struct Scene {
  std::unique_ptr<MapData> data;
  std::unique_ptr<HeadlessRenderer> renderer;
};

Scene load(const std::string& crs) {
  Scene scene;
  auto data = loadMapData(ITINERA_SOURCE_DIR, crs);
  EXPECT_TRUE(data.ok()) << crs << ": " << data.error();
  if (!data) return scene;
  scene.data = std::move(data.value());
  auto renderer = HeadlessRenderer::create(*scene.data, kSize);
  EXPECT_TRUE(renderer.ok()) << renderer.error();
  if (renderer) scene.renderer = std::move(renderer.value());
  return scene;
}

void checkAround(const std::string& crs, LonLat centre, double metresPerPixel, const std::vector<Probe>& probes) {
  Scene scene = load(crs);
  ASSERT_TRUE(scene.renderer);
  Camera camera{scene.data->projection.toMap(centre), metresPerPixel, kSize};
  auto image = scene.renderer->render(camera, "", false);
  for (const Probe& p : probes) {
    ScreenPoint s = camera.toScreen(scene.data->projection.toMap(p.where));
    ASSERT_TRUE(s.x >= 0 && s.y >= 0 && s.x < kSize.width && s.y < kSize.height) << crs << ": " << p.what;
    EXPECT_EQ(int(surfaceAt(image, s)), int(p.expected)) << crs << ": " << p.what;
  }
}

// The CRS the trip fixture chooses for itself, as `render` and the app would.
std::string tripCrs(const std::string& fixture) {
  auto loaded = loadTrip(std::string(ITINERA_SOURCE_DIR) + "/tests/fixtures/world/" + fixture);
  EXPECT_TRUE(loaded.ok()) << fixture;
  return loaded.ok() ? crsForTrip(*loaded.trip).definition : kDefaultCrs;
}

}  // namespace

TEST(WorldRender, MexicoCityInTheUtmZoneItsTripChooses) {
  std::string crs = tripCrs("mexico-city.geojson");
  EXPECT_EQ(crs, "EPSG:32614");
  checkAround(crs, {-98.0, 19.5}, 2000,
              {{"Mexico City", {-99.13, 19.43}, Surface::Land},
               {"Puebla", {-98.20, 19.04}, Surface::Land},
               {"Queretaro", {-100.39, 20.59}, Surface::Land},
               {"Gulf of Mexico", {-95.5, 21.5}, Surface::Water},
               {"Pacific off Guerrero", {-102.5, 16.5}, Surface::Water}});
}

TEST(WorldRender, IberiaInTheConicItsTripChooses) {
  std::string crs = tripCrs("lisbon-madrid.geojson");
  EXPECT_NE(crs.find("+proj=lcc"), std::string::npos) << crs;
  checkAround(crs, {-4.0, 40.0}, 2000,
              {{"Madrid", {-3.70, 40.42}, Surface::Land},
               {"inland from Lisbon", {-8.0, 39.5}, Surface::Land},
               {"Atlantic west of Lisbon", {-11.0, 39.0}, Surface::Water},
               {"Balearic Sea", {5.0, 40.5}, Surface::Water}});
}

TEST(WorldRender, JapanInTheConicItsTripChooses) {
  std::string crs = tripCrs("tokyo-osaka.geojson");
  EXPECT_NE(crs.find("+proj=lcc"), std::string::npos) << crs;
  checkAround(crs, {137.5, 35.5}, 2000,
              {{"Tokyo", {139.69, 35.69}, Surface::Land},
               {"Nagoya", {136.91, 35.18}, Surface::Land},
               {"Pacific south of Honshu", {139.5, 33.0}, Surface::Water},
               {"Sea of Japan", {136.0, 38.5}, Surface::Water}});
}

// The detailed region stops at 76 W; Colombia goes on past it from the world data.
TEST(WorldRender, ColombiaGoesOnPastPanamasRegion) {
  checkAround(kDefaultCrs, {-77.0, 8.0}, 1000,
              {{"Colombia at 75.5 W", {-75.5, 8.0}, Surface::Land},
               {"Colombia at 75.2 W", {-75.2, 7.0}, Surface::Land},
               {"Caribbean at 76.5 W", {-76.5, 10.0}, Surface::Water},
               {"Caribbean west of Cartagena", {-76.1, 9.9}, Surface::Water}});
}

// Zoomed out far in UTM 17N: the Americas are drawn from the world data, with no torn shapes
// from the far side of the globe across them.
TEST(WorldRender, ZoomedOutTheAmericasAreDrawn) {
  Scene scene = load(kDefaultCrs);
  ASSERT_TRUE(scene.renderer);
  Camera camera{scene.data->projection.toMap({-81, 0}), 20000, kSize};
  auto image = scene.renderer->render(camera, "", false);
  auto at = [&](LonLat p) { return surfaceAt(image, camera.toScreen(scene.data->projection.toMap(p))); };
  EXPECT_EQ(int(at({-60, -10})), int(Surface::Land)) << "Brazil";
  EXPECT_EQ(int(at({-100, 40})), int(Surface::Land)) << "the United States";
  EXPECT_EQ(int(at({-120, -20})), int(Surface::Water)) << "the South Pacific";
  EXPECT_EQ(int(at({-40, 30})), int(Surface::Water)) << "the North Atlantic";
}
