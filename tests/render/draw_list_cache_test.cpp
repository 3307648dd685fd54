// Pixel tests of the draw list cache: a window unchanged since the frame before is drawn from its
// texture and looks as drawn directly, translucent background included; a changed one is drawn anew.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "core/camera/views.h"
#include "../core/panama_views.h"
#include "briefing_scene.h"

using namespace itinera;

namespace {

class DrawListCacheTest : public BriefingSceneTest<DrawListCacheTest, 640, 360> {
 protected:
  // The map with a translucent window of text over it, `frames` frames alike.
  std::vector<uint8_t> render(const char* text, int frames) {
    Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
    return renderer_->renderWith([&] {
      renderer_->view().draw(camera, ImGui::GetBackgroundDrawList());
      ImGui::SetNextWindowPos({40, 30});
      ImGui::SetNextWindowSize({300, 200});
      ImGui::SetNextWindowBgAlpha(0.6f);
      ImGui::Begin("Panel", nullptr, ImGuiWindowFlags_NoDecoration);
      for (int line = 0; line < 8; ++line) ImGui::TextUnformatted(text);
      ImGui::GetWindowDrawList()->AddRectFilled({200, 150}, {320, 210}, IM_COL32(200, 40, 40, 128));
      ImGui::End();
    }, frames);
  }
  bool panelFromTexture() const {
    const std::vector<std::string>& names = renderer_->ui().drawListCache().fromTextureLastFrame();
    return std::find(names.begin(), names.end(), "Panel") != names.end();
  }

  // The largest difference of any channel of any pixel.
  static int largestDifference(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
    int most = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) most = std::max(most, std::abs(int(a[i]) - int(b[i])));
    return most;
  }
  static size_t pixelsDiffering(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4)
      n += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
    return n;
  }
};

}  // namespace

TEST_F(DrawListCacheTest, AnUnchangedWindowIsDrawnFromItsTextureAsItWasDrawnDirectly) {
  render("Darien, Metetí, Panama City", 1);  // leaves the lists of some other frame
  auto direct = render("Tocumen, Colón, Gamboa", 1);
  EXPECT_FALSE(panelFromTexture());  // changed since the frame before
  auto cached = render("Tocumen, Colón, Gamboa", 2);
  EXPECT_TRUE(panelFromTexture());  // unchanged in the second frame
  ASSERT_EQ(direct.size(), cached.size());
  // Premultiplied alpha rounds a translucent pixel at most a step or two differently.
  EXPECT_LE(largestDifference(direct, cached), 2);
  auto other = render("Darien, Metetí, Panama City", 1);
  EXPECT_GT(pixelsDiffering(direct, other), 500u);  // the text does show in the comparison
}

TEST_F(DrawListCacheTest, AChangedWindowIsNeverDrawnFromAStaleTexture) {
  render("Tocumen, Colón, Gamboa", 3);  // cached
  auto changed = render("Darien, Metetí, Panama City", 1);
  EXPECT_FALSE(panelFromTexture());
  render("Tocumen, Colón, Gamboa", 1);
  auto direct = render("Darien, Metetí, Panama City", 1);
  EXPECT_EQ(pixelsDiffering(changed, direct), 0u);
}
