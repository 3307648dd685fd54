// Tests for halo fonts: each halo glyph covers its letter grown by the radius, and nothing
// else in the atlas changes.
#include "render/font_halo.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "render/embedded_fonts.h"

using namespace itinera;

namespace {

ImFont* add(ImFontAtlas& atlas, fonts::FontData data, float size) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;
  config.PixelSnapH = true;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data), int(data.size), size, &config);
}

struct Texels {
  int x0, y0, x1, y1;
};

Texels texelsOf(const ImFontGlyph& g, int w, int h) {
  return {int(std::lround(g.U0 * w)), int(std::lround(g.V0 * h)), int(std::lround(g.U1 * w)),
          int(std::lround(g.V1 * h))};
}

TEST(FontHalo, GlyphsGrowByTheRadiusAndCoverTheirLetter) {
  const int radius = 2;
  ImFontAtlas atlas;
  atlas.TexGlyphPadding = haloAtlasPadding(radius);
  ImFont* plain = add(atlas, fonts::sansBold(), 19);
  ImFont* halo = add(atlas, fonts::sansBold(), 19);
  atlas.Build();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
  std::vector<unsigned char> before(pixels, pixels + size_t(w) * h);
  ImFontGlyph plainH = *plain->FindGlyph('H'), haloBefore = *halo->FindGlyph('H');

  growHalos(atlas, {halo}, radius);

  const ImFontGlyph& grown = *halo->FindGlyph('H');
  EXPECT_FLOAT_EQ(grown.X0, haloBefore.X0 - radius);
  EXPECT_FLOAT_EQ(grown.X1, haloBefore.X1 + radius);
  EXPECT_FLOAT_EQ(grown.Y0, haloBefore.Y0 - radius);
  EXPECT_FLOAT_EQ(grown.Y1, haloBefore.Y1 + radius);
  EXPECT_FLOAT_EQ(grown.AdvanceX, haloBefore.AdvanceX);

  // Laid over the letter, the halo is at least as opaque everywhere, and fully so a pixel
  // beyond the letter's left stem.
  Texels letter = texelsOf(plainH, w, h), around = texelsOf(grown, w, h);
  ASSERT_EQ(around.x1 - around.x0, letter.x1 - letter.x0 + 2 * radius);
  for (int y = 0; y < letter.y1 - letter.y0; ++y)
    for (int x = 0; x < letter.x1 - letter.x0; ++x) {
      unsigned char ink = before[size_t(letter.y0 + y) * w + letter.x0 + x];
      unsigned char cover = pixels[size_t(around.y0 + radius + y) * w + around.x0 + radius + x];
      EXPECT_GE(cover, ink) << x << ", " << y;
    }
  int middle = (letter.y1 - letter.y0) / 2;
  int stem = 0;
  while (before[size_t(letter.y0 + middle) * w + letter.x0 + stem] < 200) ++stem;
  EXPECT_EQ(pixels[size_t(around.y0 + radius + middle) * w + around.x0 + radius + stem - 1], 255);

  // The plain font's glyphs are untouched.
  for (int y = letter.y0; y < letter.y1; ++y)
    for (int x = letter.x0; x < letter.x1; ++x) EXPECT_EQ(pixels[size_t(y) * w + x], before[size_t(y) * w + x]);
}

}  // namespace
