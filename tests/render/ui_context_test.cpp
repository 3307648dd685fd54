// The UI's fonts: labels and panels carry the letters of place names anywhere a trip may go.
#include "render/ui_context.h"

#include <gtest/gtest.h>

#include <memory>

#include "render/gl_window.h"

using namespace itinera;

TEST(UiContext, FontsHaveTheLatinExtendedGreekAndCyrillicLettersOfTheTextsShown) {
  auto window = GlWindow::open({"Itinera", 64, 64, false, false});
  ASSERT_TRUE(window.ok()) << window.error();
  UiContext ui(window.value(), 1, false, {"Łódź", "Ærøskøbing", "Şanlıurfa", "Constanța", "Αθήνα", "Москва", "Київ"});
  const UiFonts& f = ui.fonts();
  // Łódź, Ærøskøbing, Şanlıurfa, Constanța, Αθήνα, Москва, Київ.
  const ImWchar letters[] = {0x0141, 0x00C6, 0x015E, 0x0131, 0x021B, 0x0391, 0x03AE, 0x041C, 0x0457};
  for (const ImFont* font : {f.body, f.bodyBold, f.caption, f.labelCountry, f.labelProvince, f.labelCity,
                             f.labelTown, f.labelWater, f.haloOf(f.labelTown)})
    for (ImWchar c : letters) EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << std::hex << int(c);
}
