// Pixel test of the legend: on by default at 1920x1080, at the bottom left of the map, with a
// sample of every event kind's colour and every traveller's; gone when hidden; a one-line
// reminder where a small window has no room for it.
#include <gtest/gtest.h>

#include "core/camera/views.h"
#include "../core/panama_views.h"
#include "core/frame/frame_params.h"
#include "briefing_scene.h"
#include "ui/briefing_screen.h"
#include "ui/legend.h"
#include "ui/ui_palette.h"

using namespace itinera;

namespace {

class LegendRenderTest : public BriefingSceneTest<LegendRenderTest, 1920, 1080> {
 protected:
  std::vector<uint8_t> render(bool legend, bool chosen = false) {
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    ViewState view;
    view.legend = legend;
    view.legendChosen = chosen;
    Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
    int64_t t = parseIsoTime("2022-04-19T13:30-05:00")->utc;
    auto pixels = renderer_->renderWith([&] { screen.draw(frameParams(view, t, camera, true, 1)); }, 3);
    rect_ = screen.legendRect();
    reminder_ = screen.legendReminder();
    return pixels;
  }
  // How many pixels of the legend's rectangle have exactly `colour`.
  size_t count(const std::vector<uint8_t>& p, colour::Rgb c) const {
    size_t n = 0;
    for (int y = int(rect_.y0); y < int(rect_.y1); ++y)
      for (int x = int(rect_.x0); x < int(rect_.x1); ++x) {
        const uint8_t* q = &p[(size_t(y) * kSize.width + size_t(x)) * 4];
        n += q[0] == c.r && q[1] == c.g && q[2] == c.b;
      }
    return n;
  }
  ScreenRect rect_{};
  bool reminder_ = false;
};

}  // namespace

TEST_F(LegendRenderTest, ShowsEveryKindAndTravellerAtTheBottomLeftOfTheMap) {
  auto pixels = render(true);
  ASSERT_GT(rect_.x1, rect_.x0);
  EXPECT_FALSE(reminder_);
  EXPECT_LT(rect_.x0, 40);
  EXPECT_GT(rect_.y1, kSize.height / 2);
  EXPECT_GT(rect_.y1 - rect_.y0, 200);  // every row, not a reminder
  // Inside the corner the story is framed clear of (screen_layout.h's estimate).
  Rect corner = legendCorner(screenLayout(kSize, 1, false, true).mapArea, 1, true);
  EXPECT_GE(rect_.x0, corner.x - 1);
  EXPECT_GE(rect_.y0, corner.y - 1);
  EXPECT_LE(rect_.x1, corner.x + corner.width + 1);
  EXPECT_LE(rect_.y1, corner.y + corner.height + 1);
  for (const palette::KindColours& k : palette::kindColours()) EXPECT_GT(count(pixels, k.fill), 100u) << k.name;
  for (size_t i = 0; i < briefing_->trip().travellers.size(); ++i)
    EXPECT_GT(count(pixels, palette::travellerColours()[i]), 20u) << "traveller " << i;
}

// Its background is the panels' opaque colour, nothing of the map under it showing through.
// Ten travellers stand two to a row: over four travellers the legend grows by one row, not six.
TEST_F(LegendRenderTest, ManyTravellersStandTwoToARow) {
  auto heightWith = [&](size_t travellers) {
    Legend legend = tripLegend(briefing_->trip());
    std::erase_if(legend.map, [](const LegendEntry& e) { return e.sign == LegendEntry::Sign::Traveller; });
    for (size_t i = 0; i < travellers; ++i)
      legend.map.insert(legend.map.begin() + long(i),
                        {LegendEntry::Sign::Traveller, "Traveller " + std::to_string(i + 1), "", i});
    ScreenRect rect{};
    renderer_->renderWith([&] { rect = drawLegend(legend, renderer_->ui().fonts(), 1, {10, 1000}, true); }, 2);
    return rect.y1 - rect.y0;
  };
  double three = heightWith(3), four = heightWith(4), ten = heightWith(10);
  double row = four - three;
  ASSERT_GT(row, 10);
  EXPECT_NEAR(ten - four, row, 2);
}

TEST_F(LegendRenderTest, HidesTheMapUnderIt) {
  auto pixels = render(true);
  ASSERT_GT(rect_.x1, rect_.x0);
  double area = (rect_.x1 - rect_.x0) * (rect_.y1 - rect_.y0);
  EXPECT_GT(double(count(pixels, palette::kPanelRgb)), 0.6 * area);
}

TEST_F(LegendRenderTest, HiddenItLeavesNoTrace) {
  auto shown = render(true);
  ScreenRect where = rect_;
  auto hidden = render(false);
  EXPECT_EQ(rect_.x1, rect_.x0);
  rect_ = where;
  for (const palette::KindColours& k : palette::kindColours()) EXPECT_LT(count(hidden, k.fill), 20u) << k.name;
}

class SmallLegendRenderTest : public BriefingSceneTest<SmallLegendRenderTest, 1280, 720> {};

TEST_F(SmallLegendRenderTest, ASmallWindowGetsAReminderUnlessTheLegendWasAskedFor) {
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  for (bool chosen : {false, true}) {
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    ViewState view;
    view.legendChosen = chosen;
    renderer_->renderWith([&] { screen.draw(frameParams(view, 0, camera, true, 1)); }, 3);
    ScreenRect r = screen.legendRect();
    ASSERT_GT(r.x1, r.x0);
    EXPECT_EQ(screen.legendReminder(), !chosen);
    if (!chosen) EXPECT_LT(r.y1 - r.y0, 60);
    else EXPECT_GT(r.y1 - r.y0, 200);
  }
}
