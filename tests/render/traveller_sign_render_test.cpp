// Travellers who share a colour (the palette has three) are told apart by their glyph.
#include "ui/traveller_sign.h"

#include <gtest/gtest.h>

#include "briefing_scene.h"
#include "ui/ui_palette.h"

using namespace itinera;

namespace {

class TravellerSignTest : public BriefingSceneTest<TravellerSignTest, 120, 60> {};

}  // namespace

TEST(TravellerGlyph, EachRoundOfColoursHasItsOwnGlyph) {
  ASSERT_EQ(palette::travellerColours().size(), 3u);
  EXPECT_EQ(travellerGlyph(0), TravellerGlyph::Triangle);
  EXPECT_EQ(travellerGlyph(2), TravellerGlyph::Triangle);
  EXPECT_EQ(travellerGlyph(3), TravellerGlyph::Square);
  EXPECT_EQ(travellerGlyph(6), TravellerGlyph::Diamond);
  EXPECT_EQ(travellerGlyph(9), TravellerGlyph::DownTriangle);
  EXPECT_EQ(travellerGlyph(12), TravellerGlyph::Triangle);
}

TEST_F(TravellerSignTest, TheFirstAndFourthTravellersShareAColourNotAShape) {
  ASSERT_EQ(palette::traveller(0), palette::traveller(3));
  std::vector<uint8_t> pixels = renderer_->renderWith([] {
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    drawTravellerGlyph(ImGui::GetBackgroundDrawList(), {30, 30}, 2, 0);
    drawTravellerGlyph(ImGui::GetBackgroundDrawList(), {90, 30}, 2, 3);
  }, 1);
  auto filled = [&](int x, int y) {  // the traveller's colour, not the white around it
    const uint8_t* p = &pixels[(size_t(y) * kSize.width + size_t(x)) * 4];
    return p[0] < 100 && p[2] > 120;
  };
  int dx = 9, dy = -9;  // towards the top right corner: inside the square, outside the triangle
  EXPECT_TRUE(filled(30, 30));
  EXPECT_FALSE(filled(30 + dx, 30 + dy));
  EXPECT_TRUE(filled(90, 30));
  EXPECT_TRUE(filled(90 + dx, 30 + dy));
}
