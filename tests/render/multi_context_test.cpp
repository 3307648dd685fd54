// Several windows and UI contexts at once, as a presenter view or an export beside the app
// needs: each draws the same as it would alone, and closing one leaves the others working.
#include <gtest/gtest.h>

#include "core/camera/views.h"
#include "../core/panama_views.h"
#include "core/geo/map_data.h"
#include "render/headless_renderer.h"

using namespace itinera;

namespace {

constexpr Viewport kSize{480, 270};

// The overview with a panel of text over it: map, label and UI glyphs all take part.
std::vector<uint8_t> frame(HeadlessRenderer& r, const MapData& data) {
  Camera camera = cameraForView(*panamaView("overview"), data.projection, kSize);
  return r.renderWith([&] {
    r.view().draw(camera, ImGui::GetBackgroundDrawList());
    ImGui::SetNextWindowPos({20, 20});
    ImGui::Begin("panel", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted("Darién, 18 April 2022");
    ImGui::End();
  });
}

std::unique_ptr<HeadlessRenderer> open(MapData& data, float uiScale = 1) {
  auto r = HeadlessRenderer::create(data, kSize, uiScale);
  EXPECT_TRUE(r.ok()) << r.error();
  return r ? std::move(r.value()) : nullptr;
}

// Pixels that differ by more than a rounding step.
size_t differing(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  size_t n = 0;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) n += std::abs(int(a[i]) - int(b[i])) > 2;
  return n + (a.size() > b.size() ? a.size() - b.size() : b.size() - a.size());
}

class MultiContextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs);
    ASSERT_TRUE(data.ok()) << data.error();
    data_ = std::move(data.value()).release();
  }
  static void TearDownTestSuite() { delete data_; }
  static inline MapData* data_ = nullptr;
};

}  // namespace

TEST_F(MultiContextTest, TwoUiContextsAliveAtOnceEachDrawTheirFrame) {
  auto first = open(*data_);
  ASSERT_TRUE(first);
  std::vector<uint8_t> alone = frame(*first, *data_);
  ASSERT_EQ(alone.size(), size_t(kSize.width) * kSize.height * 4);
  // A second context with a larger UI scale: other fonts, other style, other GL objects.
  auto second = open(*data_, 1.5f);
  ASSERT_TRUE(second);
  std::vector<uint8_t> larger = frame(*second, *data_);
  EXPECT_GT(differing(larger, alone), 1000u);
  // Drawn in turns, each keeps to its own.
  EXPECT_EQ(differing(frame(*first, *data_), alone), 0u);
  EXPECT_EQ(differing(frame(*second, *data_), larger), 0u);
  EXPECT_EQ(differing(frame(*first, *data_), alone), 0u);
  // The frame is not blank: the text and the map are in it.
  EXPECT_GT(differing(alone, std::vector<uint8_t>(alone.size(), alone[0])), alone.size() / 20);
}

TEST_F(MultiContextTest, ClosingOneWindowLeavesTheOtherDrawing) {
  auto first = open(*data_);
  auto second = open(*data_);
  ASSERT_TRUE(first && second);
  std::vector<uint8_t> before = frame(*second, *data_);
  first.reset();  // its window, GL context and ImGui context go; SDL stays for the other
  std::vector<uint8_t> after = frame(*second, *data_);
  EXPECT_EQ(differing(after, before), 0u);
  auto third = open(*data_);  // and a new window can still be opened
  ASSERT_TRUE(third);
  EXPECT_EQ(differing(frame(*third, *data_), before), 0u);
}

// Levels of detail built in the background reach every context: the first view to look takes
// them into the shared CPU geometry, and each view uploads what it lacks from there.
TEST(MultiContextLevels, EveryViewGetsTheLevelsBuiltInTheBackground) {
  auto loaded = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs, [](const Projection&) { return std::vector<size_t>{7}; });
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  MapData& data = *loaded.value();
  auto first = open(data), second = open(data);
  ASSERT_TRUE(first && second);
  buildOtherLevelsInBackground(data);
  data.otherLevels.wait();
  EXPECT_TRUE(first->view().uploadFinishedLevels());
  EXPECT_TRUE(second->view().uploadFinishedLevels());
  EXPECT_FALSE(first->view().uploadFinishedLevels());
  for (bool built : data.geometry.built) EXPECT_TRUE(built);
  auto third = open(data);  // a view opened later starts with every level
  ASSERT_TRUE(third);
  EXPECT_FALSE(third->view().uploadFinishedLevels());
}

// An export drawing on the app's own GL context, with its own framebuffer and UI context, in
// between the app's frames: the app's frames stay as they were, and the export's frames are
// those of an export on a context of its own.
TEST_F(MultiContextTest, AnExportDrawsOnTheAppsContextBetweenItsFrames) {
  auto app = open(*data_);
  ASSERT_TRUE(app);
  std::vector<uint8_t> appAlone = frame(*app, *data_);
  auto onApp = HeadlessRenderer::createOn(app->window(), *data_, kSize, 1.5f);
  ASSERT_TRUE(onApp.ok()) << onApp.error();
  std::vector<uint8_t> exported = frame(*onApp.value(), *data_);
  EXPECT_EQ(differing(frame(*app, *data_), appAlone), 0u);
  EXPECT_EQ(differing(frame(*onApp.value(), *data_), exported), 0u);
  auto standalone = open(*data_, 1.5f);
  ASSERT_TRUE(standalone);
  EXPECT_EQ(differing(frame(*standalone, *data_), exported), 0u);
  EXPECT_GT(differing(exported, appAlone), 1000u);  // its own UI scale: not the app's frame
}
