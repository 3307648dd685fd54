// The agenda window draws exactly the rows of the story's agenda model, in its order, with the
// same basis marks as `itinera agenda`: drawn offscreen, the panel reports what it drew.
#include <gtest/gtest.h>

#include "core/geo/map_data.h"
#include "core/story/briefing.h"
#include "core/story/story_agenda.h"
#include "core/story/trip_state.h"
#include "render/backdrop.h"
#include "render/headless_renderer.h"
#include "briefing_scene.h"
#include "ui/side_panels.h"

using namespace itinera;

namespace {

class StoryAgendaRenderTest : public BriefingSceneTest<StoryAgendaRenderTest, 960, 720> {};

}  // namespace

TEST_F(StoryAgendaRenderTest, AgendaWindowDrawsExactlyTheModelsRowsInTheModelsOrder) {
  std::vector<SidePanels::DrawnAgendaLine> expected;
  for (const AgendaDay& day : buildAgenda(briefing_->trip(), briefing_->clock())) {
    expected.push_back({"", "", day.heading, ""});
    for (const AgendaRow& row : day.rows) expected.push_back({row.eventId, row.time, row.title + row.mark, row.place});
  }
  ASSERT_EQ(expected.back().eventId, "statement-collective-action");  // the undated come last
  for (const char* time : {"2022-04-18T15:00", "2022-04-20T13:45"}) {
    std::string error;
    auto t = parseTripTime(briefing_->trip(), briefing_->clock(), time, &error);
    ASSERT_TRUE(t) << error;
    briefing_->playback().seek(double(*t));
    SidePanels panels(*briefing_);
    Backdrop backdrop;
    ViewState view;
    renderer_->renderWith([&] {
      panels.draw(*briefing_, view, renderer_->ui().fonts(), 1, {600, 0}, {360, float(kSize.height)}, backdrop);
    }, 1);
    const auto& drawn = panels.agendaDrawn();
    ASSERT_EQ(drawn.size(), expected.size()) << time;
    for (size_t i = 0; i < drawn.size(); ++i) {
      EXPECT_EQ(drawn[i].eventId, expected[i].eventId) << time << " line " << i;
      EXPECT_EQ(drawn[i].time, expected[i].time) << drawn[i].eventId;
      EXPECT_EQ(drawn[i].title, expected[i].title) << drawn[i].eventId;
      EXPECT_EQ(drawn[i].place, expected[i].place) << drawn[i].eventId;
    }
  }
  // The marks of the text agenda are drawn too: the corroborated arrival, the inferred departure.
  auto drawnTitle = [&](const std::string& id) {
    SidePanels panels(*briefing_);
    Backdrop backdrop;
    ViewState view;
    renderer_->renderWith([&] {
      panels.draw(*briefing_, view, renderer_->ui().fonts(), 1, {600, 0}, {360, float(kSize.height)}, backdrop);
    }, 1);
    for (const auto& line : panels.agendaDrawn())
      if (line.eventId == id) return line.title;
    return std::string();
  };
  EXPECT_EQ(drawnTitle("arrival-mayorkas").substr(drawnTitle("arrival-mayorkas").size() - 4), " [C]");
  EXPECT_NE(drawnTitle("departure-mayorkas").find("[inferred]"), std::string::npos);
}
