// Pixel tests of the slider: events whose hour is not known are drawn as bands across the
// daylight of their day, with no tick at their nominal hour.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/geo/map_data.h"
#include "core/story/briefing.h"
#include "core/story/trip_state.h"
#include "render/backdrop.h"
#include "render/headless_renderer.h"
#include "briefing_scene.h"
#include "ui/timeline_bar.h"

using namespace itinera;

namespace {

class TimelineBarRenderTest : public BriefingSceneTest<TimelineBarRenderTest, 960, 540> {
 protected:
  // The bar drawn alone along the bottom, the clock on 18 April so its marker is far away.
  void render() {
    std::string error;
    auto now = parseTripTime(briefing_->trip(), briefing_->clock(), "2022-04-18T15:00", &error);
    ASSERT_TRUE(now) << error;
    briefing_->playback().seek(double(*now));
    pixels_ = renderer_->renderWith([&] { bar_ = drawBar(*briefing_); }, 2);
  }
  // The bar along the bottom with its backdrop (panel, day bands and the track's picture).
  TimelineBarResult drawBar(Briefing& b, float width = float(kSize.width)) {
    backdrop_.clear();
    TimelineBarResult bar = drawTimelineBar(b, renderer_->ui().fonts(), 1, {0, 400}, {width, 140}, backdrop_, memory_);
    backdrop_.drawWhenRendered(ImGui::GetBackgroundDrawList(), kSize.width, kSize.height);
    return bar;
  }
  int x(const std::string& local) const {
    int64_t t = parseIsoTime(local + "-05:00")->utc;
    double f = double(t - briefing_->timeline().start()) / double(briefing_->timeline().end() - briefing_->timeline().start());
    return int(bar_.trackMin.x + (bar_.trackMax.x - bar_.trackMin.x) * float(f));
  }
  const uint8_t* pixel(int px, int py) const { return &pixels_[(size_t(py) * kSize.width + size_t(px)) * 4]; }
  int difference(int x0, int x1, int y) const {
    const uint8_t *a = pixel(x0, y), *b = pixel(x1, y);
    return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]);
  }

  std::vector<uint8_t> pixels_;
  TimelineBarResult bar_;
  Backdrop backdrop_;
  TimelineBarMemory memory_;
};

}  // namespace

TEST_F(TimelineBarRenderTest, DayOnlyEventsOf20AprilAreBandsAcrossTheDaylight) {
  render();
  std::vector<const DayBand*> april20;
  for (const DayBand& band : bar_.dayBands)
    if (band.event->time.start.utc >= parseIsoTime("2022-04-20T00:00-05:00")->utc) april20.push_back(&band);
  ASSERT_EQ(april20.size(), 8u);  // every event of that day, each its own band
  int morning = x("2022-04-20T07:00"), evening = x("2022-04-20T20:00");
  for (const DayBand* band : april20) {
    EXPECT_LT(band->min.x, morning) << band->event->id;  // from about sunrise ...
    EXPECT_GT(band->max.x, x("2022-04-20T18:00")) << band->event->id;  // ... to about sunset
    EXPECT_LT(band->max.x, evening) << band->event->id;
    int middle = int((band->min.y + band->max.y) / 2);
    EXPECT_GT(difference(morning, evening, middle), 30) << band->event->id << ": no band drawn at 07:00";
  }
}

TEST_F(TimelineBarRenderTest, NoTickAtTheNominalHourOfAnEventWhoseHourIsNotKnown) {
  render();
  // At 13:30 (the nominal start of the round table and the Ecuador bilateral) the track looks
  // as it does at 11:15, where no event of 20 April has a nominal start or end: bands only.
  int nominal = x("2022-04-20T13:30"), plain = x("2022-04-20T11:15");
  int top = int(bar_.trackMin.y) + 10, bottom = int(bar_.trackMax.y) - 2;
  ASSERT_LT(top, bottom);
  for (int dx = -1; dx <= 1; ++dx)
    for (int y = top; y < bottom; ++y) ASSERT_LE(difference(nominal + dx, plain, y), 6) << "row " << y;
}

TEST_F(TimelineBarRenderTest, TooltipNamesTheEventsUnderThePointerDayOnlyOnesAsDuringTheDay) {
  render();
  std::string april20 = sliderTooltip(*briefing_, bar_, float(x("2022-04-20T11:15")), 1);
  EXPECT_NE(april20.find("Joint press conference (Wed 20 Apr, during the day)\n"), std::string::npos) << april20;
  EXPECT_NE(april20.find("Blinken leaves Panama (Wed 20 Apr, during the day)\n"), std::string::npos) << april20;
  std::string tour = sliderTooltip(*briefing_, bar_, float(x("2022-04-18T15:00")), 1);
  EXPECT_EQ(tour.rfind("Tour of the Darién with Minister Pino (afternoon)\n", 0), 0u) << tour;
  EXPECT_EQ(tour.find("during the day"), std::string::npos) << tour;
  std::string night = sliderTooltip(*briefing_, bar_, float(x("2022-04-20T03:00")), 1);
  EXPECT_EQ(night.find("during the day"), std::string::npos) << night;  // the band is the daylight only
}

TEST_F(TimelineBarRenderTest, PlayAndPauseTakeTheSameWidth) {
  briefing_->playback().setPlaying(false);
  render();
  TimelineBarResult paused = bar_;
  briefing_->playback().setPlaying(true);
  render();
  briefing_->playback().setPlaying(false);
  EXPECT_GT(paused.playMax.x - paused.playMin.x, 20);
  EXPECT_EQ(bar_.playMin.x, paused.playMin.x);
  EXPECT_EQ(bar_.playMax.x, paused.playMax.x);
}

// The three-capital trip with the clock in Mexico City: the day labels and the lines between
// the days follow Washington's calendar, or with the local zone chosen, Mexico City's, an hour
// or two later on the track (and the trip's first hour, 10 March there, too narrow to label).
TEST_F(TimelineBarRenderTest, DaysFollowTheReferenceZone) {
  auto loaded = Briefing::load(ITINERA_SOURCE_DIR "/tests/fixtures/trips/tri-capital.geojson", {});
  ASSERT_TRUE(loaded) << loaded.error();
  Briefing& b = *loaded.value();
  b.playback().seek(double(parseIsoTime("2023-03-14T14:00-06:00")->utc));
  auto draw = [&](ReferenceZone zone) {
    b.setReferenceZone(zone);
    TimelineBarResult bar;
    renderer_->renderWith([&] { bar = drawBar(b); }, 2);
    return bar;
  };
  TimelineBarResult home = draw(ReferenceZone::Home), local = draw(ReferenceZone::Local);
  std::vector<std::string> homeDays, localDays;
  for (const auto& [label, centre] : home.dayButtons) homeDays.push_back(label);
  for (const auto& [label, centre] : local.dayButtons) localDays.push_back(label);
  EXPECT_EQ(homeDays, (std::vector<std::string>{"Sat 11 Mar", "Sun 12 Mar", "Mon 13 Mar", "Tue 14 Mar", "Wed 15 Mar"}));
  // The trip's first hour is 10 March in Mexico City: too narrow a day for its label.
  EXPECT_EQ(localDays, homeDays);
  // 14 March begins 2 hours later in Mexico City than in Washington (EDT): its label is further right.
  float hour = (home.trackMax.x - home.trackMin.x) / float(5 * 24 - 1);
  EXPECT_NEAR(local.dayButtons[3].second.x - home.dayButtons[3].second.x, 2 * hour, 0.6f * hour);
  EXPECT_NEAR(local.dayButtons[0].second.x - home.dayButtons[0].second.x, 1 * hour, 0.6f * hour);
}

// The track is one picture: the clock moving repaints nothing (its marker is drawn over it), the
// days of another reference zone do.
TEST_F(TimelineBarRenderTest, TheTrackIsRepaintedOnlyWhenWhatItShowsChanges) {
  auto loaded = Briefing::load(ITINERA_SOURCE_DIR "/tests/fixtures/trips/tri-capital.geojson", {});
  ASSERT_TRUE(loaded) << loaded.error();
  Briefing& b = *loaded.value();
  b.playback().seek(double(parseIsoTime("2023-03-14T14:00-06:00")->utc));
  renderer_->renderWith([&] { drawBar(b); }, 2);
  uint64_t painted = memory_.picture.picture().serial;
  ASSERT_GT(memory_.picture.picture().width, 800);
  b.playback().seek(double(parseIsoTime("2023-03-14T14:05-06:00")->utc));
  renderer_->renderWith([&] { drawBar(b); }, 2);
  EXPECT_EQ(memory_.picture.picture().serial, painted);
  b.playback().seek(double(parseIsoTime("2023-03-14T14:00-06:00")->utc));
  b.setReferenceZone(ReferenceZone::Local);  // Mexico City's days, where the story is at 14:00
  renderer_->renderWith([&] { drawBar(b); }, 2);
  EXPECT_NE(memory_.picture.picture().serial, painted);
}

// A long trip's thousands of event shapes are listed once, not in every frame: while the trip's
// version and the track stay, a frame reuses them; a new version lists them again.
TEST_F(TimelineBarRenderTest, EventShapesAreListedOnceForAVersion) {
  renderer_->renderWith([&] { drawBar(*briefing_); }, 2);
  ASSERT_TRUE(memory_.events);
  ASSERT_FALSE(memory_.events->bands.empty());  // the fixture has events known only by their day
  memory_.events->bands.clear();  // so a frame that lists them again would be seen
  briefing_->playback().seek(briefing_->playback().time() + 3600);
  renderer_->renderWith([&] { bar_ = drawBar(*briefing_); }, 2);
  EXPECT_TRUE(bar_.dayBands.empty());
  std::shared_ptr<const TripSnapshot> original = briefing_->snapshot();
  briefing_->commit(TripSnapshot::make(Trip(original->trip()), original->clock()));
  renderer_->renderWith([&] { bar_ = drawBar(*briefing_); }, 2);
  EXPECT_FALSE(bar_.dayBands.empty());
  briefing_->commit(original);
}

// Six hours narrower than "06" (a month-long trip, a narrow window): the hour ticks stay, their
// labels go, rather than run into each other.
TEST_F(TimelineBarRenderTest, HourLabelsOnlyWhereTheyFit) {
  auto labelInk = [&](float width) {
    std::string error;
    auto now = parseTripTime(briefing_->trip(), briefing_->clock(), "2022-04-18T15:00", &error);
    briefing_->playback().seek(double(*now));
    pixels_ = renderer_->renderWith([&] { bar_ = drawBar(*briefing_, width); }, 2);
    int ink = 0;  // text's pixels where each label is drawn, above the event ticks
    for (const char* hour : {"2022-04-19T06:00", "2022-04-19T12:00", "2022-04-19T18:00"})
      for (int y = int(bar_.trackMin.y); y < int(bar_.trackMin.y) + 4; ++y)
        for (int px = x(hour) + 2; px < x(hour) + 10; ++px) {
          const uint8_t* p = pixel(px, y);
          ink += p[0] + p[1] + p[2] < 400;
        }
    return ink;
  };
  EXPECT_GT(labelInk(float(kSize.width)), 2);
  EXPECT_EQ(labelInk(200), 0);
}
