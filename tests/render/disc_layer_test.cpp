// Pixel tests of the disc layer: filled discs, rings and dashed rings with anti-aliased edges,
// drawn in order, inside the clip rectangle of the point in the draw list where they go.
#include "render/disc_layer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "briefing_scene.h"

using namespace itinera;

namespace {

constexpr ImU32 kRed = IM_COL32(220, 30, 30, 255), kBlue = IM_COL32(30, 60, 220, 255);

class DiscLayerTest : public BriefingSceneTest<DiscLayerTest, 240, 240> {
 protected:
  // `add` fills the layer, drawn over white from where it is in the background list.
  void render(const std::function<void(DiscLayer&, ImDrawList*)>& add) {
    pixels_ = renderer_->renderWith([&] {
      glClearColor(1, 1, 1, 1);
      glClear(GL_COLOR_BUFFER_BIT);
      layer_.clear();
      add(layer_, ImGui::GetBackgroundDrawList());
    }, 1);
  }
  // The pixel holding the point `distance` from `centre`, `degrees` clockwise from the right on
  // screen.
  const uint8_t* at(ImVec2 centre, float distance, float degrees = 0) const {
    float a = degrees * 3.14159265f / 180;
    int x = int(std::floor(centre.x + distance * std::cos(a)));
    int y = int(std::floor(centre.y + distance * std::sin(a)));
    return &pixels_[(size_t(y) * kSize.width + size_t(x)) * 4];
  }
  static bool is(const uint8_t* p, ImU32 colour) {
    return std::abs(p[0] - int(colour & 0xff)) <= 2 && std::abs(p[1] - int((colour >> 8) & 0xff)) <= 2 &&
           std::abs(p[2] - int((colour >> 16) & 0xff)) <= 2;
  }
  static bool isWhite(const uint8_t* p) { return p[0] >= 253 && p[1] >= 253 && p[2] >= 253; }

  DiscLayer layer_;
  std::vector<uint8_t> pixels_;
};

}  // namespace

TEST_F(DiscLayerTest, FillsADiscToItsRadiusWithASoftEdge) {
  ImVec2 c{60.5f, 60.5f};  // a pixel's centre, so the pixel 20 to the right is cut by the edge
  render([&](DiscLayer& layer, ImDrawList* list) {
    layer.drawWhenRendered(list, kSize.width, kSize.height);
    layer.add(c, {DiscLayer::disc(20, kRed)});
  });
  for (float degrees : {0.f, 90.f, 200.f, 315.f}) {
    EXPECT_TRUE(is(at(c, 0), kRed));
    EXPECT_TRUE(is(at(c, 18, degrees), kRed)) << degrees;
    EXPECT_TRUE(isWhite(at(c, 22, degrees))) << degrees;
  }
  const uint8_t* edge = at(c, 20);  // half covered
  EXPECT_GT(edge[1], 60);
  EXPECT_LT(edge[1], 200);
}

TEST_F(DiscLayerTest, StrokesARingCentredOnItsRadiusAndDrawsInOrder) {
  ImVec2 c{120, 120};
  render([&](DiscLayer& layer, ImDrawList* list) {
    layer.drawWhenRendered(list, kSize.width, kSize.height);
    layer.add(c, {DiscLayer::ring(30, 4, kBlue)});
    layer.add({c.x + 30, c.y}, {DiscLayer::disc(8, kRed)});  // over the ring where they cross
  });
  EXPECT_TRUE(isWhite(at(c, 0)));
  EXPECT_TRUE(isWhite(at(c, 26, 180)));
  EXPECT_TRUE(is(at(c, 30, 90), kBlue));
  EXPECT_TRUE(is(at(c, 30, 180), kBlue));
  EXPECT_TRUE(isWhite(at(c, 34, 90)));
  EXPECT_TRUE(is(at(c, 30, 0), kRed));
}

// A shape's layers in one quad look as if each were drawn over the last: a half-clear blue disc
// over a red one, a ring round both, and the quad reaches the largest layer, not the first.
TEST_F(DiscLayerTest, LayersOfAShapeAreDrawnEachOverTheLast) {
  ImVec2 c{120.5f, 120.5f};
  constexpr ImU32 kHalfBlue = IM_COL32(30, 60, 220, 128);
  render([&](DiscLayer& layer, ImDrawList* list) {
    layer.drawWhenRendered(list, kSize.width, kSize.height);
    layer.add(c, {DiscLayer::disc(10, kHalfBlue), DiscLayer::disc(30, kRed), DiscLayer::disc(20, kHalfBlue),
                  DiscLayer::ring(40, 4, kBlue)});
  });
  const uint8_t* middle = at(c, 0);  // half blue over red
  EXPECT_NEAR(middle[0], (30 * 128 + 220 * 127) / 255, 3);
  EXPECT_NEAR(middle[2], (220 * 128 + 30 * 127) / 255, 3);
  EXPECT_TRUE(is(at(c, 25, 45), kRed));
  EXPECT_TRUE(isWhite(at(c, 35, 135)));
  EXPECT_TRUE(is(at(c, 40, 270), kBlue));
  EXPECT_TRUE(isWhite(at(c, 44, 0)));
}

TEST_F(DiscLayerTest, DashesARingAlongItsLengthFromTheRightClockwise) {
  ImVec2 c{120, 120};
  const float r = 60, on = 12, off = 8;
  render([&](DiscLayer& layer, ImDrawList* list) {
    layer.drawWhenRendered(list, kSize.width, kSize.height);
    layer.add(c, {DiscLayer::ring(r, 3, kBlue, on, off)});
  });
  auto degreesAlong = [&](float length) { return length / r * 180 / 3.14159265f; };
  for (int dash = 0; dash < 5; ++dash) {
    float start = float(dash) * (on + off);
    EXPECT_TRUE(is(at(c, r, degreesAlong(start + on / 2)), kBlue)) << "dash " << dash;
    EXPECT_TRUE(isWhite(at(c, r, degreesAlong(start + on + off / 2)))) << "gap after dash " << dash;
  }
}

TEST_F(DiscLayerTest, KeepsToTheClipRectangleOfItsPlaceInTheList) {
  ImVec2 c{120, 120};
  render([&](DiscLayer& layer, ImDrawList* list) {
    list->PushClipRect({0, 0}, {120, 240});  // the left half
    layer.drawWhenRendered(list, kSize.width, kSize.height);
    list->PopClipRect();
    layer.add(c, {DiscLayer::disc(40, kRed)});
  });
  EXPECT_TRUE(is(at(c, 30, 180), kRed));
  EXPECT_TRUE(isWhite(at(c, 30, 0)));
}
