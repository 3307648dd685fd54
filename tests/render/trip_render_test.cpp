// Pixel tests of the trip on the map: the traveller's marker is drawn where the timeline puts
// him, projected, and moves with the clock.
#include <gtest/gtest.h>

#include <cmath>

#include "core/briefing.h"
#include "core/map_data.h"
#include "core/trip_state.h"
#include "core/views.h"
#include "render/headless_renderer.h"
#include "ui/briefing_screen.h"
#include "ui/ui_palette.h"

using namespace itinera;

namespace {

constexpr Viewport kSize{960, 540};

struct Frame {
  std::vector<uint8_t> pixels;
  ScreenPoint traveller;  // where the timeline says Mayorkas is, on screen
};

class TripRenderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs);
    ASSERT_TRUE(data.ok()) << data.error();
    data_ = data.value().release();
    auto renderer = HeadlessRenderer::create(*data_, kSize);
    ASSERT_TRUE(renderer.ok()) << renderer.error();
    renderer_ = renderer.value().release();
    auto briefing = Briefing::load(defaultTripPath(ITINERA_SOURCE_DIR), {});
    ASSERT_TRUE(briefing.ok()) << briefing.error();
    briefing_ = briefing.value().release();
  }
  static void TearDownTestSuite() {
    delete briefing_;
    delete renderer_;
    delete data_;
  }

  Frame renderAt(const std::string& time) {
    std::string error;
    auto t = parseTripTime(briefing_->trip(), time, &error);
    EXPECT_TRUE(t) << error;
    briefing_->playback().seek(double(*t));
    Camera camera = cameraForView(*findView("overview"), data_->projection, kSize);
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    Frame f;
    f.pixels = renderer_->renderWith([&] { screen.draw(camera, false); }, 1);
    LonLat where = briefing_->timeline().at(*t).travellers.at(0).position;
    f.traveller = camera.toScreen(data_->projection.toMap(where));
    return f;
  }

  static bool isTravellerColour(const Frame& f, ScreenPoint at) {
    size_t i = (size_t(std::lround(at.y)) * kSize.width + size_t(std::lround(at.x))) * 4;
    ImU32 c = palette::traveller(0);
    int r = c & 0xFF, g = (c >> 8) & 0xFF, b = (c >> 16) & 0xFF;
    return std::abs(f.pixels[i] - r) + std::abs(f.pixels[i + 1] - g) + std::abs(f.pixels[i + 2] - b) < 30;
  }

  static inline MapData* data_ = nullptr;
  static inline HeadlessRenderer* renderer_ = nullptr;
  static inline Briefing* briefing_ = nullptr;
};

}  // namespace

TEST_F(TripRenderTest, TravellerIsDrawnAtHisProjectedPosition) {
  ASSERT_EQ(briefing_->trip().travellers.at(0).person, "mayorkas");
  Frame inDarien = renderAt("2022-04-18T15:00");
  EXPECT_TRUE(isTravellerColour(inDarien, inDarien.traveller));
  Frame inCity = renderAt("2022-04-19T13:30");
  EXPECT_TRUE(isTravellerColour(inCity, inCity.traveller));
  // The Darién and Panama City are far apart: each frame shows him in one place only.
  EXPECT_GT(std::hypot(inDarien.traveller.x - inCity.traveller.x, inDarien.traveller.y - inCity.traveller.y), 100);
  EXPECT_FALSE(isTravellerColour(inCity, inDarien.traveller));
  EXPECT_FALSE(isTravellerColour(inDarien, inCity.traveller));
}

TEST_F(TripRenderTest, TravellerMovesAlongTheLegWhileFlying) {
  Frame before = renderAt("2022-04-18T12:20");
  Frame during = renderAt("2022-04-18T12:35");
  EXPECT_TRUE(isTravellerColour(during, during.traveller));
  EXPECT_GT(std::hypot(during.traveller.x - before.traveller.x, during.traveller.y - before.traveller.y), 5);
}
