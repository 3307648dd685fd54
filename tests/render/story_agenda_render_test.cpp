// The agenda window draws exactly the rows of the story's agenda model, in its order, with the
// same basis marks as `itinera agenda`: drawn offscreen, the panel reports what it drew.
#include <gtest/gtest.h>
#include <imgui.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

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
    // Tall enough for every line to be in sight: the agenda draws only those.
    renderer_->renderWith([&] {
      panels.draw(*briefing_, view, renderer_->ui().fonts(), 1, {600, 0}, {360, 40000}, backdrop);
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
      panels.draw(*briefing_, view, renderer_->ui().fonts(), 1, {600, 0}, {360, 40000}, backdrop);
    }, 1);
    for (const auto& line : panels.agendaDrawn())
      if (line.eventId == id) return line.title;
    return std::string();
  };
  EXPECT_EQ(drawnTitle("arrival-mayorkas").substr(drawnTitle("arrival-mayorkas").size() - 4), " [C]");
  EXPECT_NE(drawnTitle("departure-mayorkas").find("[inferred]"), std::string::npos);
}

namespace {

int64_t tripTime(const Briefing& b, const char* text) {
  std::string error;
  auto t = parseTripTime(b.trip(), b.clock(), text, &error);
  EXPECT_TRUE(t) << error;
  return t.value_or(0);
}

// The followed event's row lies inside the agenda's visible list.
::testing::AssertionResult rowInView(const SidePanels& panels, const Event* event) {
  if (!event) return ::testing::AssertionFailure() << "no event followed";
  auto [top, bottom] = panels.agendaView();
  for (const auto& line : panels.agendaDrawn())
    if (line.eventId == event->id) {
      if (line.top >= top - 1 && line.bottom <= bottom + 1) return ::testing::AssertionSuccess();
      return ::testing::AssertionFailure() << event->id << " at " << line.top << "-" << line.bottom
                                           << ", agenda shows " << top << "-" << bottom;
    }
  return ::testing::AssertionFailure() << event->id << " not drawn";
}

}  // namespace

// As the clock moves to another day, the agenda scrolls to the row of the event under way or
// last begun, between events too; a scroll by the user holds it off for a few seconds.
TEST_F(StoryAgendaRenderTest, AgendaFollowsTheClockUnlessTheUserJustScrolled) {
  SidePanels panels(*briefing_);
  Backdrop backdrop;
  ViewState view;
  const ImVec2 pos{600, 0}, size{360, 400};  // a short agenda: most rows below the fold
  auto frames = [&](int n, const std::function<void()>& after = {}) {
    renderer_->renderWith([&] {
      panels.draw(*briefing_, view, renderer_->ui().fonts(), 1, pos, size, backdrop);
      if (after) after();
    }, n);
  };
  briefing_->playback().seek(double(tripTime(*briefing_, "2022-04-18T15:00")));
  frames(3);
  for (const char* time : {"2022-04-20T13:45", "2022-04-20T16:50", "2022-04-19T20:30", "2022-04-20T17:40"}) {
    briefing_->playback().seek(double(tripTime(*briefing_, time)));
    frames(3);
    const Event* followed = panels.followedEvent(*briefing_);
    ASSERT_TRUE(followed) << time;
    EXPECT_TRUE(rowInView(panels, followed)) << time;
  }
  // The user scrolls back to the top (as the wheel would, after the panel is drawn); the clock
  // moves on: the agenda leaves the user's scroll...
  frames(2, [] {
    ImGui::Begin("Agenda");
    ImGui::SetScrollY(0);
    ImGui::End();
  });
  briefing_->playback().seek(double(tripTime(*briefing_, "2022-04-19T20:30")));
  frames(3);
  EXPECT_FALSE(rowInView(panels, panels.followedEvent(*briefing_)));
  // ...until the hold is over.
  frames(int(SidePanels::kUserScrollHoldSeconds * 60) + 5);
  EXPECT_TRUE(rowInView(panels, panels.followedEvent(*briefing_)));
}

// A trip of 2,000 events (tools/make-scale-trip.py): the agenda lays out and draws only the
// lines in sight, at the clock's row; Down moves the focus far below, and the agenda scrolls
// there; the rows drawn lie where the measured heights put them.
TEST_F(StoryAgendaRenderTest, ALongAgendaDrawsOnlyTheRowsInSight) {
  std::string path = (std::filesystem::temp_directory_path() / ("agenda-scale-" + std::to_string(::getpid()) + ".geojson")).string();
  std::string make = "python3 " ITINERA_SOURCE_DIR "/tools/make-scale-trip.py " + path + " --seed 7";
  ASSERT_EQ(std::system(make.c_str()), 0) << make;
  auto loaded = Briefing::load(path, {});
  std::filesystem::remove(path);
  ASSERT_TRUE(loaded) << loaded.error();
  Briefing& b = *loaded.value();
  ASSERT_EQ(b.trip().events.size(), 2000u);
  b.playback().seek(double(b.playback().start() + (b.playback().end() - b.playback().start()) / 2));
  SidePanels panels(b);
  Backdrop backdrop;
  ViewState view;
  auto frames = [&](int n) {
    renderer_->renderWith([&] { panels.draw(b, view, renderer_->ui().fonts(), 1, {600, 0}, {360, 700}, backdrop); }, n);
  };
  frames(3);
  EXPECT_LT(panels.agendaDrawn().size(), 60u);
  EXPECT_TRUE(rowInView(panels, panels.followedEvent(b)));
  panels.focusNext(b, view, false, false);
  std::string first = panels.focusName();
  for (int i = 0; i < 400; ++i) panels.moveFocus(b, view, 1);
  ASSERT_NE(panels.focusName(), first);
  frames(3);
  std::string focused = panels.focusName().substr(std::string("agenda:").size());
  auto [top, bottom] = panels.agendaView();
  bool seen = false;
  for (const auto& line : panels.agendaDrawn()) {
    if (line.eventId != focused) continue;
    seen = true;
    EXPECT_GE(line.top, top - 1);
    EXPECT_LE(line.bottom, bottom + 1);
  }
  EXPECT_TRUE(seen) << focused << " not drawn";
  // Drawn again at the same place: the measured heights held (no row moved once drawn).
  std::vector<float> tops;
  for (const auto& line : panels.agendaDrawn()) tops.push_back(line.top);
  frames(1);
  std::vector<float> again;
  for (const auto& line : panels.agendaDrawn()) again.push_back(line.top);
  EXPECT_EQ(tops, again);
}
