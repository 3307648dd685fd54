// A test suite's scene: the basemap, an offscreen renderer of a given size and the bundled
// trip, loaded once for the whole suite. `Suite` names the suite, so each has its own scene.
#pragma once

#include <gtest/gtest.h>

#include "core/geo/map_data.h"
#include "core/story/briefing.h"
#include "render/headless_renderer.h"

namespace itinera {

template <typename Suite, int Width, int Height>
class BriefingSceneTest : public ::testing::Test {
 protected:
  static constexpr Viewport kSize{Width, Height};

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
    briefing_ = nullptr, renderer_ = nullptr, data_ = nullptr;
  }

  static inline MapData* data_ = nullptr;
  static inline HeadlessRenderer* renderer_ = nullptr;
  static inline Briefing* briefing_ = nullptr;
};

}  // namespace itinera
