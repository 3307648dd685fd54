// The fonts hold Latin-1 and the letters of the texts shown: a trip in Greek or Cyrillic gets
// its letters, and the bundled Panama trip costs no more than Latin-1.
#include <gdal.h>
#include <gtest/gtest.h>
#include <imgui_internal.h>
#include <ogr_api.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "render/embedded_fonts.h"
#include "render/gl_window.h"
#include "render/ui_context.h"

using namespace itinera;

namespace {

const std::string kPanamaTrip = ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson";

std::vector<const ImFont*> allFonts(const UiFonts& f) {
  return {f.body, f.bodyBold, f.caption, f.labelCountry, f.labelProvince, f.labelCity,
          f.labelTown, f.labelWater, f.haloOf(f.labelCity)};
}

// The glyphs of the body font as the fixed ranges before gave them: Latin with Extended-A and
// -B, Greek, Cyrillic, then the UI's symbols.
int glyphsOfTheFormerFixedRanges() {
  static const ImWchar former[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF,
                                   0x2010, 0x2027, 0x2190, 0x2193, 0x25A0, 0x25CF, 0};
  ImFontAtlas atlas;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  fonts::FontData sans = fonts::sans();
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(sans.data), int(sans.size), 18, &config, former);
  atlas.Build();
  return font->Glyphs.Size;
}

class GlyphRanges : public ::testing::Test {
 protected:
  void SetUp() override {
    auto window = GlWindow::open({"Itinera", 64, 64, false, false});
    ASSERT_TRUE(window.ok()) << window.error();
    window_ = std::make_unique<GlWindow>(std::move(window.value()));
  }
  std::unique_ptr<GlWindow> window_;
};

TEST_F(GlyphRanges, AGreekOrCyrillicPlaceNameGetsItsLetters) {
  UiContext ui(*window_, 1, false, {"Θεσσαλονίκη", "Новосибирск"});
  for (const ImFont* font : allFonts(ui.fonts()))
    for (ImWchar c : {0x0398, 0x03B5, 0x03AF, 0x041D, 0x0431, 0x0440, 0x043A})  // Θ ε ί Н б р к
      EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << std::hex << int(c);
}

TEST_F(GlyphRanges, LettersOfNoTextShownAreLeftOut) {
  UiContext ui(*window_, 1, false, {"Θεσσαλονίκη"});
  for (const ImFont* font : allFonts(ui.fonts())) {
    EXPECT_EQ(font->FindGlyphNoFallback(0x0416), nullptr);  // Ж
    EXPECT_EQ(font->FindGlyphNoFallback(0x0394), nullptr);  // Δ
    EXPECT_NE(font->FindGlyphNoFallback(0x00F1), nullptr);  // ñ: Latin-1 is always there
  }
  // The UI's arrows and dashes are in the fonts of the panels.
  EXPECT_NE(ui.fonts().body->FindGlyphNoFallback(0x2192), nullptr);
  EXPECT_NE(ui.fonts().body->FindGlyphNoFallback(0x2014), nullptr);
}

TEST_F(GlyphRanges, ThePanamaTripNeedsFewerGlyphsThanTheFormerFixedRanges) {
  const std::vector<std::string> texts = textsOfTripFile(kPanamaTrip);
  ASSERT_FALSE(texts.empty());
  UiContext ui(*window_, 1, false, texts);
  const ImFont* body = ui.fonts().body;
  for (ImWchar c : {0x00E9, 0x00ED, 0x00F3, 0x201C, 0x201D})  // é í ó and the quotes of its notes
    EXPECT_NE(body->FindGlyphNoFallback(c), nullptr) << std::hex << int(c);
  EXPECT_LT(body->Glyphs.Size * 2, glyphsOfTheFormerFixedRanges());
}

// The texts of the bundled world map's labels layer.
std::vector<std::string> worldLabels() {
  std::vector<std::string> out;
  GDALAllRegister();
  GDALDatasetH world = GDALOpenEx(ITINERA_SOURCE_DIR "/geodata/world.gpkg", GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                  nullptr, nullptr, nullptr);
  if (!world) return out;
  OGRLayerH labels = GDALDatasetGetLayerByName(world, "labels");
  while (OGRFeatureH f = labels ? OGR_L_GetNextFeature(labels) : nullptr) {
    out.push_back(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "text")));
    OGR_F_Destroy(f);
  }
  GDALClose(world);
  return out;
}

TEST_F(GlyphRanges, EveryLetterOfTheWorldMapsLabelsIsInTheLabelFonts) {
  const std::vector<std::string> labels = worldLabels();
  ASSERT_GT(labels.size(), 1000u);
  UiContext ui(*window_, 1, false, textsOfTripFile(kPanamaTrip));
  const UiFonts& f = ui.fonts();
  for (const std::string& label : labels)
    for (const char* p = label.c_str(); *p;) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, nullptr);
      for (const ImFont* font : {f.labelCountry, f.labelCity, f.labelTown, f.labelWater})
        ASSERT_NE(font->FindGlyphNoFallback(ImWchar(c)), nullptr) << std::hex << c << " of " << label;
    }
}

TEST(TextsOfTripFile, EveryStringOfTheDocumentAndNothingForNoFile) {
  const std::vector<std::string> texts = textsOfTripFile(kPanamaTrip);
  auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  EXPECT_TRUE(has("Darién")) << "a place name";
  EXPECT_TRUE(textsOfTripFile("").empty());
  EXPECT_TRUE(textsOfTripFile(ITINERA_SOURCE_DIR "/no-such-trip.geojson").empty());
  EXPECT_TRUE(textsOfTripFile("/dev/zero").empty()) << "a device is not read endlessly";
}

}  // namespace
