// Pixel tests of the trip on the map: the traveller's marker is drawn where the trip file puts
// him, projected, and moves with the clock; the screen follows a newly committed version.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/story/briefing.h"
#include "core/geo/map_data.h"
#include "core/story/trip_state.h"
#include "core/camera/views.h"
#include "core/layout/picking.h"
#include "../core/panama_views.h"
#include "render/backdrop.h"
#include "render/headless_renderer.h"
#include "briefing_scene.h"
#include "ui/briefing_screen.h"
#include "ui/caption.h"
#include "ui/ui_palette.h"

using namespace itinera;

namespace {

struct Frame {
  std::vector<uint8_t> pixels;
  ScreenPoint traveller;  // where the trip file puts Mayorkas, on screen
};

class TripRenderTest : public BriefingSceneTest<TripRenderTest, 960, 540> {
 protected:
  // `where`: Mayorkas's position at `time` as read from the trip file by the test itself, never
  // from the Timeline that places him on the map.
  Frame renderAt(const std::string& time, LonLat where) {
    std::string error;
    auto t = parseTripTime(briefing_->trip(), briefing_->clock(), time, &error);
    EXPECT_TRUE(t) << error;
    briefing_->playback().seek(double(*t));
    Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    Frame f;
    f.pixels = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, false, 1)); }, 1);
    f.traveller = camera.toScreen(data_->projection.toMap(where));
    return f;
  }

  LonLat placeLocation(const std::string& id) const { return briefing_->trip().place(id)->location; }
  LonLat legPoint(double fraction) const {
    const Leg* leg = nullptr;
    for (const Leg& l : briefing_->trip().legs) leg = l.id == "leg-mayorkas-to-darien" ? &l : leg;
    EXPECT_TRUE(leg && leg->route.size() == 2);
    LonLat a = leg->route.front(), b = leg->route.back();
    return {a.lon + (b.lon - a.lon) * fraction, a.lat + (b.lat - a.lat) * fraction};
  }

  static bool isTravellerColour(const Frame& f, ScreenPoint at) {
    size_t i = (size_t(std::lround(at.y)) * kSize.width + size_t(std::lround(at.x))) * 4;
    ImU32 c = palette::traveller(0);
    int r = c & 0xFF, g = (c >> 8) & 0xFF, b = (c >> 16) & 0xFF;
    return std::abs(f.pixels[i] - r) + std::abs(f.pixels[i + 1] - g) + std::abs(f.pixels[i + 2] - b) < 30;
  }

};

}  // namespace

TEST_F(TripRenderTest, TravellerIsDrawnAtHisProjectedPosition) {
  ASSERT_EQ(briefing_->trip().travellers.at(0).person, "mayorkas");
  // The Darién tour is at the San Vicente station; the meeting with the President at the palace.
  Frame inDarien = renderAt("2022-04-18T15:00", placeLocation("san-vicente-erm"));
  EXPECT_TRUE(isTravellerColour(inDarien, inDarien.traveller));
  Frame inCity = renderAt("2022-04-19T13:30", placeLocation("palacio-de-las-garzas"));
  EXPECT_TRUE(isTravellerColour(inCity, inCity.traveller));
  // The Darién and Panama City are far apart: each frame shows him in one place only.
  EXPECT_GT(std::hypot(inDarien.traveller.x - inCity.traveller.x, inDarien.traveller.y - inCity.traveller.y), 100);
  EXPECT_FALSE(isTravellerColour(inCity, inDarien.traveller));
  EXPECT_FALSE(isTravellerColour(inDarien, inCity.traveller));
}

TEST_F(TripRenderTest, TravellerMovesAlongTheLegWhileFlying) {
  // The helicopter leg is a straight route flown 12:00-12:49.
  Frame before = renderAt("2022-04-18T12:20", legPoint(20.0 / 49));
  Frame during = renderAt("2022-04-18T12:35", legPoint(35.0 / 49));
  EXPECT_TRUE(isTravellerColour(during, during.traveller));
  EXPECT_GT(std::hypot(during.traveller.x - before.traveller.x, during.traveller.y - before.traveller.y), 5);
}

// Behind him the leg flown so far is his solid trail; ahead, the route to come is faint.
TEST_F(TripRenderTest, TrailSoFarIsSolidTheRouteToComeFaint) {
  Frame during = renderAt("2022-04-18T12:35", legPoint(35.0 / 49));
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  auto onScreen = [&](double fraction) { return camera.toScreen(data_->projection.toMap(legPoint(fraction))); };
  EXPECT_TRUE(isTravellerColour(during, onScreen(0.3)));
  EXPECT_TRUE(isTravellerColour(during, onScreen(0.5)));
  for (double ahead : {0.85, 0.9, 0.95}) EXPECT_FALSE(isTravellerColour(during, onScreen(ahead))) << ahead;
}

// A screen built on one version of the trip picks from the next once it has drawn a frame of it.
TEST_F(TripRenderTest, AScreenFollowsACommittedVersion) {
  Camera camera = cameraForView(*panamaView("darien"), data_->projection, kSize);
  BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
  auto draw = [&] { renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, false, 1)); }, 1); };
  ScreenPoint station = camera.toScreen(data_->projection.toMap(placeLocation("san-vicente-erm")));
  draw();
  ASSERT_EQ(screen.pick(camera, station), "san-vicente-erm");

  std::shared_ptr<const TripSnapshot> original = briefing_->snapshot();
  Trip edited = original->trip();
  auto rename = [](std::string& id) { id = id == "san-vicente-erm" ? "station-renamed" : id; };
  for (Place& p : edited.places) rename(p.id);
  for (Event& e : edited.events) rename(e.place);
  for (Leg& l : edited.legs) rename(l.from), rename(l.to);
  briefing_->commit(TripSnapshot::make(std::move(edited), original->clock()));
  draw();
  EXPECT_EQ(screen.pick(camera, station), "station-renamed");
  briefing_->commit(original);
  draw();
  EXPECT_EQ(screen.pick(camera, station), "san-vicente-erm");
}

// The panels' backgrounds are filled by the backdrop: opaque, in the panel colour, with the
// slider's night bands pre-blended, and the map's trip kept out of them.
TEST_F(TripRenderTest, PanelsAreOpaqueBackdrops) {
  briefing_->playback().seek(double(briefing_->playback().start()));
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
  auto pixels = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, true, 1)); }, 2);
  ScreenLayout l = screen.layout(kSize, false);
  auto colourAt = [&](double x, double y) {
    size_t i = (size_t(y) * kSize.width + size_t(x)) * 4;
    return IM_COL32(pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]);
  };
  // Inside the panel's padding, where no text is drawn: exactly the panel colour.
  EXPECT_EQ(colourAt(l.side.x + 4, l.side.y + l.side.height * 0.6), palette::kPanel);
  EXPECT_EQ(colourAt(l.slider.x + 4, l.slider.y + 4), palette::kPanel);
}

constexpr Viewport kBackdropSize{960, 540};

TEST(Backdrop, FillsRectanglesInOrderFromTheTopLeft) {
  auto data = loadMapData(ITINERA_SOURCE_DIR, kDefaultCrs);
  ASSERT_TRUE(data.ok()) << data.error();
  auto renderer = HeadlessRenderer::create(*data.value(), kBackdropSize);
  ASSERT_TRUE(renderer.ok()) << renderer.error();
  const ImU32 red = IM_COL32(200, 20, 20, 255), green = IM_COL32(20, 200, 20, 255);
  auto pixels = renderer.value()->renderWith([&] {
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    Backdrop backdrop;
    backdrop.add({10, 20}, {110, 70}, red);
    backdrop.add({60, 40}, {160, 90}, green);
    backdrop.draw(kBackdropSize.width, kBackdropSize.height);
  }, 1);
  auto colourAt = [&](int x, int y) {
    size_t i = (size_t(y) * kBackdropSize.width + size_t(x)) * 4;
    return IM_COL32(pixels[i], pixels[i + 1], pixels[i + 2], 255);
  };
  EXPECT_EQ(colourAt(30, 30), red);
  EXPECT_EQ(colourAt(100, 60), green);  // the later rectangle wins where they overlap
  EXPECT_EQ(colourAt(150, 85), green);
  EXPECT_EQ(colourAt(30, 80), IM_COL32(0, 0, 0, 255));  // rows count from the top
  EXPECT_EQ(colourAt(5, 5), IM_COL32(0, 0, 0, 255));
  EXPECT_EQ(colourAt(20, 69), red);  // the last row inside, and the last column
  EXPECT_EQ(colourAt(20, 70), IM_COL32(0, 0, 0, 255));
  EXPECT_EQ(colourAt(109, 25), red);
  EXPECT_EQ(colourAt(110, 25), IM_COL32(0, 0, 0, 255));
}

// Labels keep clear of windows over the map, such as the view toolbar: where one stands, the
// labels that were drawn there are gone.
TEST_F(TripRenderTest, LabelsKeepClearOfWindowsOverTheMap) {
  briefing_->playback().seek(double(briefing_->playback().start()));
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
  Rect window{0, 0, kSize.width / 2.0, double(kSize.height)};  // the west of Panama, full of labels
  auto open = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, false, 1)); }, 1);
  auto covered = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, false, 1, {window})); }, 1);
  int changed = 0;
  for (int y = 0; y < kSize.height; ++y)
    for (int x = 0; x < int(window.width); ++x) {
      size_t i = (size_t(y) * kSize.width + size_t(x)) * 4;
      changed += open[i] != covered[i] || open[i + 1] != covered[i + 1] || open[i + 2] != covered[i + 2];
    }
  EXPECT_GT(changed, 500);  // several labels' worth of text
}

// A caption with more participants than fit names as many as fit and counts the others;
// given room, it names them all; given too little, it leaves them to the details panel.
TEST_F(TripRenderTest, CaptionNamesTheParticipantsThatFit) {
  const Event* ministerial = nullptr;
  for (const Event* e : briefing_->trip().eventsInOrder())
    if (!ministerial || e->participants.size() > ministerial->participants.size()) ministerial = e;
  ASSERT_GE(ministerial->participants.size(), 5u);
  const Trip& trip = briefing_->trip();
  renderer_->renderWith([&] {
    const float wrap = 300, line = ImGui::GetTextLineHeight();
    std::string all = participantsFitting(trip, *ministerial, wrap, 1000);
    for (const Participant& p : ministerial->participants)
      EXPECT_NE(all.find(trip.participantName(p)), std::string::npos) << all;
    EXPECT_EQ(all.find("more"), std::string::npos) << all;
    std::string some = participantsFitting(trip, *ministerial, wrap, 3 * line);
    EXPECT_LE(ImGui::CalcTextSize(some.c_str(), nullptr, false, wrap).y, 3 * line) << some;
    EXPECT_NE(some.find(trip.participantName(ministerial->participants.front())), std::string::npos) << some;
    EXPECT_NE(some.find(" more"), std::string::npos) << some;
    std::string counted = participantsFitting(trip, *ministerial, wrap, line);
    EXPECT_EQ(counted, "With: " + std::to_string(ministerial->participants.size()) + " participants");
    EXPECT_EQ(participantsFitting(trip, *ministerial, wrap, line / 2), "");  // not even the count fits
  }, 1);
}

// The agenda's first line is a row's first line, never the wrapped end of a title, in a small
// window too: its scroll bar is there from the first frame, when rows are measured.
TEST_F(TripRenderTest, AgendaStartsAtARow) {
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  for (const char* time : {"2022-04-19T10:00", "2022-04-19T14:45", "2022-04-20T12:00"}) {
    std::string error;
    auto t = parseTripTime(briefing_->trip(), briefing_->clock(), time, &error);
    ASSERT_TRUE(t) << error;
    briefing_->playback().seek(double(*t));
    BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
    screen.openPanels();  // a window this small folds the agenda until it is opened
    auto pixels = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, true, 1)); }, 2);
    ScreenLayout l = screen.layout(kSize, false);
    auto dark = [&](int x, int y) {
      size_t i = (size_t(y) * kSize.width + size_t(x)) * 4;
      return pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 200;
    };
    // Text starts this far into the panel: its padding. Wrapped title lines are indented more.
    const int left = int(l.side.x + ImGui::GetStyle().WindowPadding.x) - 1, indent = left + 12;
    const int titleBar = int(l.side.y + ImGui::GetFrameHeight()) + 2;
    int firstLine = -1;
    for (int y = titleBar; y < int(l.side.y + l.side.height) && firstLine < 0; ++y)
      for (int x = left; x < int(l.side.x + l.side.width) - 20 && firstLine < 0; ++x)
        if (dark(x, y)) firstLine = y;
    ASSERT_GE(firstLine, 0) << time;
    bool startsAtLeft = false;
    for (int y = firstLine; y < firstLine + 8; ++y)
      for (int x = left; x < indent; ++x) startsAtLeft |= dark(x, y);
    EXPECT_TRUE(startsAtLeft) << time << ": the agenda's top line is indented, the end of a wrapped title";
  }
}

// At the overview the Panama City venues crowd one spot: they are drawn as one badge counting
// them (white digits on a dark disc), and a click there lists them; away from the city, lone
// markers stay markers. The venues are found from the trip file's places, not the clustering.
TEST_F(TripRenderTest, CrowdedMarkersAreOneBadgeWithTheirCount) {
  std::string error;
  auto t = parseTripTime(briefing_->trip(), briefing_->clock(), "2022-04-18T15:00", &error);  // in the Darién
  ASSERT_TRUE(t) << error;
  briefing_->playback().seek(double(*t));
  Camera camera = cameraForView(*panamaView("overview"), data_->projection, kSize);
  ScreenPoint palace = camera.toScreen(data_->projection.toMap(placeLocation("palacio-de-las-garzas")));
  std::vector<std::string> city;
  ScreenPoint mean{0, 0};
  for (const Place& p : briefing_->trip().places) {
    if (!hasMarker(briefing_->trip(), p.id) || p.isArea()) continue;
    ScreenPoint at = camera.toScreen(data_->projection.toMap(*placeMarkerLocation(briefing_->trip(), p.id)));
    if (std::hypot(at.x - palace.x, at.y - palace.y) > 15) continue;
    city.push_back(p.id);
    mean.x += at.x, mean.y += at.y;
  }
  ASSERT_GE(city.size(), 4u);  // the palace, the ministry, the embassy, the airport...
  mean.x /= double(city.size()), mean.y /= double(city.size());
  BriefingScreen screen(*briefing_, renderer_->view(), renderer_->ui().fonts(), 1);
  auto pixels = renderer_->renderWith([&] { screen.draw(frameParams({}, briefing_->playback().time(), camera, false, 1)); }, 1);
  auto places = screen.clusterAt(camera, mean);
  std::sort(places.begin(), places.end());
  std::sort(city.begin(), city.end());
  EXPECT_EQ(places, city);
  // The badge: dark around the centre, white digits in it.
  auto lightness = [&](double x, double y) {
    size_t i = (size_t(std::lround(y)) * kSize.width + size_t(std::lround(x))) * 4;
    return (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
  };
  int dark = 0, white = 0;
  for (int dy = -6; dy <= 6; ++dy)
    for (int dx = -6; dx <= 6; ++dx) {
      dark += lightness(mean.x + dx, mean.y + dy) < 70;
      white += lightness(mean.x + dx, mean.y + dy) > 200;
    }
  EXPECT_GT(dark, 40);
  EXPECT_GT(white, 8);
  // One badge only, counting the city's venues; the Darién's places are lone markers.
  auto badges = screen.clusterBadges(camera);
  ASSERT_EQ(badges.size(), 1u);
  EXPECT_EQ(badges[0].second, city.size());
  EXPECT_TRUE(screen.clusterAt(camera, camera.toScreen(data_->projection.toMap(placeLocation("san-vicente-erm")))).empty());
}
