// Pixel tests of the real renderer, offscreen: towns are drawn as land, water as water,
// in every named view, and the overlay draws labels and furniture.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo/map_data.h"
#include "core/camera/views.h"
#include "../core/panama_views.h"
#include "render/headless_renderer.h"
#include "surface_probe.h"

using namespace itinera;

namespace {

class RenderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs);
    ASSERT_TRUE(data.ok()) << data.error();
    data_ = std::move(data.value()).release();
    auto renderer = HeadlessRenderer::create(*data_, kSize);
    ASSERT_TRUE(renderer.ok()) << renderer.error();
    renderer_ = renderer.value().release();
  }
  static void TearDownTestSuite() {
    delete renderer_;
    delete data_;
  }

  // The surface most common in a 5x5 block around the point (lines and labels aside).
  Surface surfaceAt(const std::vector<uint8_t>& image, const Camera& camera, LonLat where) {
    ScreenPoint s = camera.toScreen(data_->projection.toMap(where));
    int counts[3] = {0, 0, 0};
    for (int dy = -2; dy <= 2; ++dy)
      for (int dx = -2; dx <= 2; ++dx) {
        int x = int(std::lround(s.x)) + dx, y = int(std::lround(s.y)) + dy;
        if (x < 0 || y < 0 || x >= kSize.width || y >= kSize.height) continue;
        counts[int(classify(&image[(size_t(y) * kSize.width + x) * 4]))]++;
      }
    return counts[0] > counts[1] ? Surface::Water : (counts[1] > 0 ? Surface::Land : Surface::Other);
  }

  void checkView(const char* viewName, const std::vector<Probe>& probes) {
    Camera camera = cameraForView(*panamaView(viewName), data_->projection, kSize);
    auto image = renderer_->render(camera, "", false);
    for (const Probe& p : probes)
      EXPECT_EQ(int(surfaceAt(image, camera, p.where)), int(p.expected)) << viewName << ": " << p.what;
  }

  static constexpr Viewport kSize{960, 540};
  static inline MapData* data_ = nullptr;
  static inline HeadlessRenderer* renderer_ = nullptr;
};

}  // namespace

TEST_F(RenderTest, OverviewShowsTownsOnLandAndSeasAsWater) {
  checkView("overview", {{"Santiago", {-80.98, 8.10}, Surface::Land},
                         {"David", {-82.43, 8.43}, Surface::Land},
                         {"Metetí", {-77.98, 8.50}, Surface::Land},
                         {"Caribbean Sea", {-80.0, 9.9}, Surface::Water},
                         {"Gulf of Panama", {-79.2, 8.2}, Surface::Water},
                         {"Pacific", {-81.5, 7.0}, Surface::Water}});
}

TEST_F(RenderTest, PanamaCityViewShowsTheCityAndTheBay) {
  checkView("panama-city", {{"Panama City centre", {-79.5200, 8.9900}, Surface::Land},
                            {"Palacio de las Garzas", {-79.5344, 8.9540}, Surface::Land},
                            {"Bay of Panama", {-79.48, 8.93}, Surface::Water}});
}

TEST_F(RenderTest, CanalViewShowsGatunLakeAndBothOceans) {
  checkView("canal", {{"Gatún Lake", {-79.92, 9.20}, Surface::Water},
                      {"Sabanitas, east of Colón", {-79.80, 9.34}, Surface::Land},
                      {"Limón Bay", {-79.92, 9.37}, Surface::Water},
                      {"Bay of Panama", {-79.50, 8.88}, Surface::Water}});
}

TEST_F(RenderTest, DarienViewShowsTownsAndTheGulfOfSanMiguel) {
  checkView("darien", {{"Metetí", {-77.98, 8.50}, Surface::Land},
                       {"Yaviza", {-77.6924, 8.1575}, Surface::Land},
                       {"Gulf of San Miguel", {-78.35, 8.30}, Surface::Water}});
}

TEST_F(RenderTest, OverlayDrawsLabelsAndFurniture) {
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  auto plain = renderer_->render(camera, "", false);
  auto full = renderer_->render(camera, "", true);
  size_t differing = 0;
  for (size_t i = 0; i < plain.size(); i += 4) differing += plain[i] != full[i] || plain[i + 1] != full[i + 1];
  EXPECT_GT(differing, 2000u);  // labels, scale bar and north arrow
  // The north arrow's disc sits in the top-right corner, the scale bar bottom-left.
  auto changed = [&](int x, int y) {
    size_t at = (size_t(y) * kSize.width + size_t(x)) * 4;
    return plain[at] != full[at] || plain[at + 1] != full[at + 1] || plain[at + 2] != full[at + 2];
  };
  EXPECT_TRUE(changed(kSize.width - 38 - 15, 52));
  EXPECT_TRUE(changed(22, kSize.height - 24));
}

TEST_F(RenderTest, HighlightTintsTheDarien) {
  Camera camera = cameraForView(*panamaView("darien"), data_->projection, kSize);
  auto plain = renderer_->render(camera, "", false);
  auto tinted = renderer_->render(camera, "darien", false);
  ScreenPoint s = camera.toScreen(data_->projection.toMap({-77.75, 8.0}));
  size_t at = (size_t(std::lround(s.y)) * kSize.width + size_t(std::lround(s.x))) * 4;
  EXPECT_EQ(classify(&plain[at]), Surface::Land);
  EXPECT_LT(tinted[at + 2], plain[at + 2] - 20);  // warmer: less blue
}
