// The audience screen of presenter mode: the sequence's title card in large type, a thin progress
// bar and no slider; the blanked screen is black.
#include <gtest/gtest.h>

#include "core/camera/views.h"
#include "../core/panama_views.h"
#include "core/frame/frame_params.h"
#include "core/layout/screen_layout.h"
#include "briefing_scene.h"
#include "ui/briefing_screen.h"
#include "ui/presenter_card.h"
#include "ui/ui_palette.h"

using namespace itinera;

namespace {

class PresenterRenderTest : public BriefingSceneTest<PresenterRenderTest, 1280, 720> {
 protected:
  std::vector<uint8_t> render(size_t card, bool blank) {
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    cards_ = screen.sequence().size();
    ViewState view;
    view.presenter = true;
    view.card = card;
    view.blank = blank;
    Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
    int64_t t = screen.sequence().at(card).time;
    return renderer_->renderWith([&] { screen.draw(frameParams(view, t, camera, true, 1)); }, 3);
  }
  static const uint8_t* pixel(const std::vector<uint8_t>& p, int x, int y) {
    return &p[(size_t(y) * kSize.width + size_t(x)) * 4];
  }
  static bool near(const uint8_t* p, ImU32 c, int slack = 6) {
    return std::abs(p[0] - int(c >> IM_COL32_R_SHIFT & 255)) <= slack &&
           std::abs(p[1] - int(c >> IM_COL32_G_SHIFT & 255)) <= slack &&
           std::abs(p[2] - int(c >> IM_COL32_B_SHIFT & 255)) <= slack;
  }
  size_t cards_ = 0;
};

}  // namespace

TEST_F(PresenterRenderTest, TheBlankScreenIsBlack) {
  auto pixels = render(3, true);
  size_t lit = 0;
  for (size_t i = 0; i < pixels.size(); i += 4) lit += pixels[i] | pixels[i + 1] | pixels[i + 2];
  EXPECT_EQ(lit, 0u);
}

TEST_F(PresenterRenderTest, TheTitleCardIsCentredInLargeTypeOverTheMap) {
  auto pixels = render(0, false);
  // A light card in the middle, with dark text on it.
  int light = 0, dark = 0;
  for (int y = kSize.height / 2 - 60; y < kSize.height / 2 + 60; ++y)
    for (int x = kSize.width / 2 - 300; x < kSize.width / 2 + 300; ++x) {
      const uint8_t* p = pixel(pixels, x, y);
      int sum = p[0] + p[1] + p[2];
      light += sum > 3 * 230;
      dark += sum < 3 * 60;
    }
  EXPECT_GT(light, 600 * 120 / 2);
  EXPECT_GT(dark, 500);
  EXPECT_GE(presenterFontSize(renderer_->ui().fonts(), kSize), kSize.height / 45.f);
  EXPECT_GE(presenterFontSize(renderer_->ui().fonts(), {1920, 1080}), 1080 / 45.f);
  EXPECT_GE(presenterFontSize(renderer_->ui().fonts(), {3840, 2160}), 2160 / 45.f);
}

TEST_F(PresenterRenderTest, AThinProgressBarTakesTheSlidersPlace) {
  auto pixels = render(1, false);
  ASSERT_GT(cards_, 2u);
  int bar = int(presenterBarHeight(kSize));
  EXPECT_LE(bar, kSize.height / 100);
  int y = kSize.height - bar / 2 - 1;
  int done = int(kSize.width * 2.0 / double(cards_));  // card 1 is the second of cards_
  EXPECT_TRUE(near(pixel(pixels, 2, y), palette::kHighlight));
  EXPECT_TRUE(near(pixel(pixels, done - 3, y), palette::kHighlight));
  EXPECT_TRUE(near(pixel(pixels, done + 3, y), palette::kInk));
  EXPECT_TRUE(near(pixel(pixels, kSize.width - 3, y), palette::kInk));
  // Just above the bar is the map, not the slider's panel.
  int panel = 0;
  for (int x = 0; x < kSize.width; x += 4) panel += near(pixel(pixels, x, kSize.height - bar - 3), palette::kPanel, 2);
  EXPECT_LT(panel, kSize.width / 4 / 4);
}
