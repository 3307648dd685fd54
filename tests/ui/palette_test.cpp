// The palette is readable and colour-blind safe: every text colour reaches 4.5:1 on what it is
// drawn on, and event kinds and travellers stay apart under simulated colour-vision deficiency.
#include <gtest/gtest.h>

#include "ui/colour_vision.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

using colour::Rgb;

// CIE76 distance two marks must keep to be told apart at a glance (2.3 is just noticeable).
constexpr double kMinDistance = 10;

void expectDistinct(const std::vector<std::pair<std::string, Rgb>>& colours, const char* what) {
  for (colour::Vision v : colour::kVisions)
    for (size_t i = 0; i < colours.size(); ++i)
      for (size_t j = i + 1; j < colours.size(); ++j) {
        double d = colour::deltaE(colour::simulate(colours[i].second, v), colour::simulate(colours[j].second, v));
        EXPECT_GE(d, kMinDistance) << what << ": " << colours[i].first << " and " << colours[j].first << " under "
                                   << colour::visionName(v);
      }
}

TEST(ColourVision, MeasuresAgreeWithPublishedValues) {
  EXPECT_NEAR(colour::contrastRatio({0, 0, 0}, {255, 255, 255}), 21, 1e-9);
  EXPECT_NEAR(colour::contrastRatio({118, 118, 118}, {255, 255, 255}), 4.54, 0.01);  // WCAG's 4.5 grey
  // ImGui's disabled-text grey on the panels: the 2.7:1 the palette replaces.
  EXPECT_LT(colour::contrastRatio({153, 153, 153}, palette::kPanelRgb), 3);
  colour::Lab white = colour::toLab({255, 255, 255});
  EXPECT_NEAR(white.l, 100, 0.01);
  EXPECT_NEAR(white.a, 0, 0.05);
  // Red and green, far apart with normal vision, nearly meet under deuteranopia.
  Rgb red{190, 90, 70}, green{90, 140, 60};
  EXPECT_GT(colour::deltaE(red, green), 60);
  EXPECT_LT(colour::deltaE(colour::simulate(red, colour::Vision::Deuteranopia),
                           colour::simulate(green, colour::Vision::Deuteranopia)),
            kMinDistance);
}

TEST(Palette, EveryTextReachesFourAndAHalfToOne) {
  for (const palette::TextPair& p : palette::textPairs())
    EXPECT_GE(colour::contrastRatio(p.text, p.background), 4.5) << p.what;
}

TEST(Palette, EventKindsStayApartUnderColourBlindness) {
  std::vector<std::pair<std::string, Rgb>> fills, texts;
  for (const palette::KindColours& k : palette::kindColours()) {
    fills.push_back({k.name, k.fill});
    texts.push_back({k.name, k.text});
  }
  expectDistinct(fills, "kind marks");
  expectDistinct(texts, "kind text");
}

TEST(Palette, TravellersStayApartUnderColourBlindness) {
  std::vector<std::pair<std::string, Rgb>> travellers;
  for (size_t i = 0; i < palette::travellerColours().size(); ++i)
    travellers.push_back({"traveller " + std::to_string(i + 1), palette::travellerColours()[i]});
  expectDistinct(travellers, "travellers");
}

TEST(Palette, KindsMapToTheirColours) {
  EXPECT_EQ(&palette::kindOf("tour"), &palette::kindOf("visit"));
  EXPECT_EQ(&palette::kindOf("statement"), &palette::kindOf("press-conference"));
  EXPECT_NE(&palette::kindOf("meeting"), &palette::kindOf("signing"));
  EXPECT_EQ(&palette::kindOf("arrival"), &palette::kindColours().back());
}

}  // namespace
}  // namespace itinera
