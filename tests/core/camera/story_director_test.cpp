// The story director: advanced by the caller's steps only, so the same steps give the same
// cameras, as an export needs.
#include "core/camera/story_director.h"

#include <gtest/gtest.h>

#include <vector>

#include "core/trip/trip_loader.h"
#include "test_trips.h"

namespace itinera {
namespace {

using test::panama;
using test::utm;

// Plays the trip from its start at 10 minutes of trip time a frame, following the story in
// the area a 1280x720 window leaves, with `dt` seconds of camera time a frame.
std::vector<Camera> play(double dt, int frames) {
  const Trip& trip = panama();
  Timeline timeline(trip, TripClock(trip));
  StoryDirector story(trip, timeline, utm());
  Viewport size{1280, 720};
  Rect area = storyArea(size, 1, false, true, true);
  Camera camera;
  camera.viewport = size;
  int64_t t = trip.periodStart.utc;
  story.follow(camera, t, area, true);
  std::vector<Camera> out;
  for (int i = 0; i < frames; ++i) {
    t += 600;
    story.follow(camera, t, area, false);
    story.advance(camera, dt);
    out.push_back(camera);
  }
  return out;
}

TEST(StoryDirector, TheSameStepsGiveTheSameCameras) {
  std::vector<Camera> a = play(1.0 / 30, 300), b = play(1.0 / 30, 300);
  ASSERT_EQ(a.size(), b.size());
  int moving = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].center.x, b[i].center.x) << i;
    EXPECT_EQ(a[i].center.y, b[i].center.y) << i;
    EXPECT_EQ(a[i].metresPerPixel, b[i].metresPerPixel) << i;
    if (i && a[i].center.x != a[i - 1].center.x) ++moving;
  }
  EXPECT_GT(moving, 0);  // the story moved the camera, so the comparison meant something
  // Another frame rate flies differently: the steps, not a clock, set where the camera is.
  std::vector<Camera> c = play(1.0 / 5, 300);
  bool differs = false;
  for (size_t i = 0; i < a.size(); ++i) differs |= a[i].center.x != c[i].center.x;
  EXPECT_TRUE(differs);
}

TEST(CameraDirector, AdvancesByTheStepsGivenNotByAClock) {
  Camera from, to;
  from.viewport = to.viewport = {800, 600};
  from.center = {0, 0};
  from.metresPerPixel = 50;
  to.center = {100000, 0};
  to.metresPerPixel = 20;
  CameraDirector one, two;
  one.flyTo(from, to);
  two.flyTo(from, to);
  Camera a = from, b = from;
  one.advance(a, 0.4);
  two.advance(b, 0.1);
  two.advance(b, 0.3);
  EXPECT_NEAR(a.center.x, b.center.x, 1e-6);  // two steps are one step of their sum
  EXPECT_NEAR(a.metresPerPixel, b.metresPerPixel, 1e-9);
  Camera held = a;
  one.advance(a, 0);  // no time, no move
  EXPECT_EQ(a.center.x, held.center.x);
}

}  // namespace
}  // namespace itinera

namespace itinera {
namespace {

// At every event's stop, the places the story frames (its travellers' events and legs) project
// into the story area clear of the caption, the legend and a folded agenda's tab, at the
// window sizes a briefing meets.
TEST(StoryDirector, FramesTheStoryClearOfTheLegendAndTheCaption) {
  using Status = Timeline::TravellerState::Status;
  const Trip& trip = panama();
  Timeline timeline(trip, TripClock(trip));
  auto inside = [](const Rect& r, ScreenPoint p) {
    return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
  };
  for (Viewport size : {Viewport{1920, 1080}, Viewport{1280, 720}, Viewport{1024, 768}}) {
    StoryDirector story(trip, timeline, utm());
    Rect area = storyArea(size, 1, false, true, true);
    std::vector<Rect> panels = panelsOverStory(size, 1, false, true, false);
    ASSERT_GE(panels.size(), 2u);  // the caption and the legend
    Camera camera;
    camera.viewport = size;
    int checked = 0;
    for (const Event& e : trip.events) {
      auto stop = timeline.stopFor(e);
      if (!stop) continue;
      story.follow(camera, *stop, area, true, panels);
      std::vector<LonLat> framed;
      for (const Timeline::TravellerState& s : timeline.at(*stop).travellers) {
        if (s.status == Status::AtEvent && s.event->point) framed.push_back(*s.event->point);
        else if (s.status == Status::AtEvent && trip.place(s.event->place)) framed.push_back(trip.place(s.event->place)->location);
        if (s.status == Status::Travelling)
          for (const std::string& end : {s.leg->from, s.leg->to})
            if (const Place* p = trip.place(end)) framed.push_back(p->location);
      }
      for (LonLat where : framed) {
        ScreenPoint p = camera.toScreen(utm().toMap(where));
        EXPECT_TRUE(inside(area, p)) << size.width << " " << e.id;
        for (const Rect& panel : panels) EXPECT_FALSE(inside(panel, p)) << size.width << " " << e.id << " at " << p.x << ", " << p.y;
        ++checked;
      }
    }
    EXPECT_GT(checked, 10) << size.width;
  }
}

}  // namespace
}  // namespace itinera
