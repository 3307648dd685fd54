// Pixel tests of the world basemap: land and water on three continents, each in a CRS made for
// it; Panama's neighbours past the detailed region; and the map's clean edge when zoomed out.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo/map_data.h"
#include "render/headless_renderer.h"

using namespace itinera;

namespace {

constexpr Viewport kSize{960, 540};
constexpr Rgba kOutside = rgb(214, 214, 214);  // map_renderer.cpp's colour beyond the edge

enum class Surface { Water, Land, Outside, Other };

struct Probe {
  const char* what;
  LonLat where;
  Surface expected;
};

double colourDistance(const uint8_t* p, Rgba c) {
  return std::abs(p[0] - c.r * 255) + std::abs(p[1] - c.g * 255) + std::abs(p[2] - c.b * 255);
}

Surface classify(const uint8_t* p) {
  if (colourDistance(p, style::kSea) < 12) return Surface::Water;
  if (std::min(colourDistance(p, style::kPanamaLand), colourDistance(p, style::kNeighbourLand)) < 12)
    return Surface::Land;
  if (colourDistance(p, kOutside) < 12) return Surface::Outside;
  return Surface::Other;
}

// The surface most common in a 5x5 block around a pixel (lines and labels aside).
Surface surfaceAt(const std::vector<uint8_t>& image, ScreenPoint s) {
  int counts[4] = {0, 0, 0, 0};
  for (int dy = -2; dy <= 2; ++dy)
    for (int dx = -2; dx <= 2; ++dx) {
      int x = int(std::lround(s.x)) + dx, y = int(std::lround(s.y)) + dy;
      if (x < 0 || y < 0 || x >= kSize.width || y >= kSize.height) continue;
      counts[int(classify(&image[(size_t(y) * kSize.width + x) * 4]))]++;
    }
  int best = 0;
  for (int i = 1; i < 3; ++i)
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

}  // namespace

TEST(WorldRender, MexicoCityInUtm14) {
  checkAround("EPSG:32614", {-99.13, 19.43}, 2000,
              {{"Mexico City", {-99.13, 19.43}, Surface::Land},
               {"Puebla", {-98.20, 19.04}, Surface::Land},
               {"Monterrey", {-100.31, 25.67}, Surface::Land},
               {"Gulf of Mexico", {-95.5, 21.5}, Surface::Water},
               {"Pacific off Guerrero", {-102.5, 16.5}, Surface::Water}});
}

TEST(WorldRender, ParisInEuropeanLambertEqualArea) {
  checkAround("EPSG:3035", {2.35, 48.85}, 2000,
              {{"Paris", {2.35, 48.85}, Surface::Land},
               {"Brussels", {4.35, 50.85}, Surface::Land},
               {"Bay of Biscay", {-4.0, 46.0}, Surface::Water},
               {"English Channel", {-1.0, 50.2}, Surface::Water}});
}

TEST(WorldRender, TokyoInWebMercator) {
  checkAround("EPSG:3857", {139.69, 35.69}, 2000,
              {{"Tokyo", {139.69, 35.69}, Surface::Land},
               {"Nagoya", {136.91, 35.18}, Surface::Land},
               {"Pacific south of Honshu", {139.5, 33.0}, Surface::Water},
               {"Sea of Japan", {136.0, 38.5}, Surface::Water}});
}

// The detailed region stops at 76 W; Colombia goes on past it from the world data.
TEST(WorldRender, ColombiaGoesOnPastPanamasRegion) {
  checkAround(kDefaultCrs, {-77.5, 8.0}, 500,
              {{"Colombia at 75.5 W", {-75.5, 8.0}, Surface::Land},
               {"Colombia at 75.2 W", {-75.2, 7.0}, Surface::Land},
               {"Caribbean at 76.5 W", {-76.5, 10.0}, Surface::Water},
               {"Gulf of Urabá", {-76.85, 8.6}, Surface::Water}});
}

// Zoomed out far in UTM 17N: the Americas are drawn, and past where the projection tears the
// map stops in a plain colour rather than in torn shapes.
TEST(WorldRender, ZoomedOutTheMapStopsCleanly) {
  Scene scene = load(kDefaultCrs);
  ASSERT_TRUE(scene.renderer);
  Camera camera{scene.data->projection.toMap({-81, 0}), 60000, kSize};
  auto image = scene.renderer->render(camera, "", false);
  auto at = [&](LonLat p) { return surfaceAt(image, camera.toScreen(scene.data->projection.toMap(p))); };
  EXPECT_EQ(int(at({-60, -10})), int(Surface::Land)) << "Brazil";
  EXPECT_EQ(int(at({-100, 40})), int(Surface::Land)) << "the United States";
  EXPECT_EQ(int(at({-120, -20})), int(Surface::Water)) << "the South Pacific";
  EXPECT_EQ(int(surfaceAt(image, {4, 4})), int(Surface::Outside)) << "the top-left corner, far past the edge";
  EXPECT_EQ(int(surfaceAt(image, {kSize.width - 5.0, kSize.height / 2.0})), int(Surface::Outside)) << "far east";
}
