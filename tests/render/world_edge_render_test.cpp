// No edge of the world: zoomed out as far as the camera goes, at 16:9 sizes, the map shows no
// straight line where land stops and the sea colour of nothing-drawn begins.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "core/camera/camera_bounds.h"
#include "core/geo/map_data.h"
#include "core/geo/projection_domain.h"
#include "core/io/png_writer.h"
#include "render/headless_renderer.h"
#include "surface_probe.h"

using namespace itinera;

namespace {

struct Image {
  Viewport size;
  std::vector<uint8_t> rgba;
  Surface at(int x, int y) const { return classify(&rgba[(size_t(y) * size.width + x) * 4]); }
  // Land when most of the 7x7 block around the pixel is (a border or river line aside).
  bool landAround(int x, int y) const {
    int land = 0;
    for (int dy = -3; dy <= 3; ++dy)
      for (int dx = -3; dx <= 3; ++dx) land += at(std::clamp(x + dx, 0, size.width - 1), std::clamp(y + dy, 0, size.height - 1)) == Surface::Land;
    return land > 24;
  }
};

// The longest run of neighbouring pixel pairs, one land and one sea, along one column pair
// (vertical) or row pair (horizontal): a coast is ragged, a cut is straight.
int longestStraightCut(const Image& image, bool vertical) {
  int lines = vertical ? image.size.width - 1 : image.size.height - 1;
  int along = vertical ? image.size.height : image.size.width;
  int longest = 0;
  for (int i = 0; i < lines; ++i) {
    int run = 0;
    for (int j = 0; j < along; ++j) {
      Surface a = vertical ? image.at(i, j) : image.at(j, i), b = vertical ? image.at(i + 1, j) : image.at(j, i + 1);
      bool cut = (a == Surface::Land && b == Surface::Water) || (a == Surface::Water && b == Surface::Land);
      run = cut ? run + 1 : 0;
      longest = std::max(longest, run);
    }
  }
  return longest;
}

// The share of the image's border that is land: the Americas reach out of a view inside the domain.
double landOnBorder(const Image& image) {
  int land = 0, all = 0;
  auto count = [&](int x, int y) { land += image.at(x, y) == Surface::Land, ++all; };
  for (int x = 0; x < image.size.width; ++x) count(x, 0), count(x, image.size.height - 1);
  for (int y = 0; y < image.size.height; ++y) count(0, y), count(image.size.width - 1, y);
  return double(land) / all;
}

class WorldEdge : public testing::TestWithParam<Viewport> {};

}  // namespace

TEST_P(WorldEdge, ZoomedFullyOutTheMapStopsCleanly) {
  Viewport size = GetParam();
  auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs);
  ASSERT_TRUE(data.ok()) << data.error();
  const Projection& utm = data.value()->projection;
  auto renderer = HeadlessRenderer::create(*data.value(), size);
  ASSERT_TRUE(renderer.ok()) << renderer.error();
  // As the wheel leaves it after turning out without end, over Panama.
  Camera camera = keptInside(Camera{utm.toMap({-80, 9}), 20000, size}, cameraBounds(utm));
  Image image{size, renderer.value()->render(camera, "", false)};
  if (const char* dir = std::getenv("ITINERA_WORLD_EDGE_PNG"))
    writePngAtomically(std::string(dir) + "/" + std::to_string(size.width) + ".png", size.width, size.height, image.rgba);
  EXPECT_LT(longestStraightCut(image, true), size.height / 12) << "a vertical cut";
  EXPECT_LT(longestStraightCut(image, false), size.width / 12) << "a horizontal cut";
  EXPECT_GT(landOnBorder(image), 0.05);
  // Zoomed out well beyond Panama: the Americas from the United States to Brazil are in view.
  ScreenPoint brazil = camera.toScreen(utm.toMap({-50, -10})), states = camera.toScreen(utm.toMap({-98, 38}));
  for (auto [what, s] : {std::pair{"Brazil", brazil}, std::pair{"the United States", states}}) {
    ASSERT_TRUE(s.x >= 0 && s.y >= 0 && s.x < size.width && s.y < size.height) << what << " is out of view";
    EXPECT_TRUE(image.landAround(int(s.x), int(s.y))) << what;
  }
}

INSTANTIATE_TEST_SUITE_P(Sizes, WorldEdge, testing::Values(Viewport{1920, 1080}, Viewport{1280, 720}),
                         [](const auto& info) { return std::to_string(info.param.width) + "x" + std::to_string(info.param.height); });
