// Story framing: the frame shows what matters at a moment, and moves only between story places.
#include <gtest/gtest.h>

#include <map>

#include "core/camera/story_camera.h"
#include "core/trip/trip_loader.h"
#include "test_trips.h"

namespace itinera {
namespace {

using test::panama;
using test::roadTrip;
using test::utm;



MapBox frameAt(const Trip& trip, const std::string& iso) {
  Timeline tl(trip, TripClock(trip));
  return storyFrame(trip, tl, utm(), parseIsoTime(iso)->utc);
}

bool contains(const MapBox& box, LonLat p) {
  MapPoint m = utm().toMap(p);
  return m.x >= box.min.x && m.x <= box.max.x && m.y >= box.min.y && m.y <= box.max.y;
}

LonLat where(const std::string& placeId) { return panama().place(placeId)->location; }

MapBox box(double cx, double cy, double w, double h) { return MapBox{{cx - w / 2, cy - h / 2}, {cx + w / 2, cy + h / 2}}; }

TEST(StoryCamera, FrameShowsTheCurrentEventsPlaceWithAMinimumSize) {
  // Mayorkas at a site known only roughly (near Metetí): the Darién it lies in is shown.
  MapBox darien = frameAt(panama(), "2022-04-18T15:00-05:00");
  EXPECT_TRUE(contains(darien, where("san-vicente-erm")));
  EXPECT_TRUE(contains(darien, {-78.45, 8.75}));  // the province outline's western tip
  EXPECT_FALSE(contains(darien, where("panama-city")));
  EXPECT_LT(darien.width(), 250000);  // the province, not the country
  MapBox palace = frameAt(panama(), "2022-04-19T13:30-05:00");
  EXPECT_TRUE(contains(palace, where("palacio-de-las-garzas")));
  EXPECT_NEAR(palace.width(), kStoryMinFrameM, 1);
}

TEST(StoryCamera, WhileTravellingTheFrameHoldsBothEndsOfTheLeg) {
  MapBox leg = frameAt(panama(), "2022-04-18T12:30-05:00");
  EXPECT_TRUE(contains(leg, where("panama-city")));
  EXPECT_TRUE(contains(leg, where("san-vicente-erm")));
  EXPECT_GT(leg.width(), 150000);
}

TEST(StoryCamera, AnEventAtAnAreaShowsTheWholeArea) {
  MapBox reserve = frameAt(roadTrip(), "2022-03-01T16:00-05:00");  // the walk in the square reserve
  for (LonLat corner : {LonLat{-79.5, 8.0}, LonLat{-79.3, 8.0}, LonLat{-79.3, 8.2}, LonLat{-79.5, 8.2}})
    EXPECT_TRUE(contains(reserve, corner)) << corner.lon << " " << corner.lat;
  EXPECT_LT(reserve.width(), 25000);  // about the square's 22 km, no more
  MapBox darien = placeFrame(panama(), utm(), "darien");
  EXPECT_TRUE(contains(darien, {-78.45, 8.75}));  // the outline's western tip
  EXPECT_TRUE(contains(darien, {-77.3, 8.15}));   // and its eastern edge
  EXPECT_TRUE(placeFrame(panama(), utm(), "atlantis").empty());
}

TEST(StoryCamera, WaitingAtNightAndNobodyThere) {
  MapBox night = frameAt(panama(), "2022-04-19T03:00-05:00");  // Mayorkas in Panama City
  EXPECT_TRUE(contains(night, where("panama-city")));
  EXPECT_LT(night.width(), 30000);
  MapBox before = frameAt(panama(), "2022-04-18T06:00-05:00");  // before anyone arrives: the whole trip
  EXPECT_TRUE(contains(before, where("panama-city")));
  EXPECT_TRUE(contains(before, where("san-vicente-erm")));
  EXPECT_TRUE(contains(before, where("panama-pacifico-airport")));
}

TEST(StoryCamera, MovesBetweenTheCityTheDarienAndTheCanalOnly) {
  MapBox city = frameAt(panama(), "2022-04-19T10:00-05:00");    // security chiefs, Panama City
  MapBox palace = frameAt(panama(), "2022-04-19T13:30-05:00");  // a venue in the city
  MapBox canal = frameAt(panama(), "2022-04-19T15:15-05:00");   // the Pacific locks
  MapBox darien = frameAt(panama(), "2022-04-18T15:00-05:00");
  MapBox later = frameAt(panama(), "2022-04-20T10:15-05:00");   // the ministerial, Panama City
  EXPECT_FALSE(storyFrameChanged(city, palace));
  EXPECT_FALSE(storyFrameChanged(city, later));
  EXPECT_TRUE(storyFrameChanged(city, canal));
  EXPECT_TRUE(storyFrameChanged(palace, canal));
  EXPECT_TRUE(storyFrameChanged(city, darien));
  EXPECT_TRUE(storyFrameChanged(darien, city));
  EXPECT_TRUE(storyFrameChanged(city, frameAt(panama(), "2022-04-18T12:30-05:00")));  // off to the Darién
}

TEST(StoryCamera, ChangeThresholds) {
  MapBox a = box(0, 0, 20000, 20000);
  EXPECT_FALSE(storyFrameChanged(a, a));
  EXPECT_FALSE(storyFrameChanged(a, box(5000, 0, 20000, 20000)));   // 25% of the size
  EXPECT_TRUE(storyFrameChanged(a, box(7000, 0, 20000, 20000)));    // 35%
  EXPECT_TRUE(storyFrameChanged(a, box(0, -7000, 20000, 20000)));
  EXPECT_FALSE(storyFrameChanged(a, box(0, 0, 30000, 20000)));      // 1.5x
  EXPECT_TRUE(storyFrameChanged(a, box(0, 0, 34000, 20000)));       // 1.7x
  EXPECT_TRUE(storyFrameChanged(box(0, 0, 34000, 20000), a));       // either way
  EXPECT_TRUE(storyFrameChanged(a, MapBox{}));
  EXPECT_FALSE(storyFrameChanged(MapBox{}, MapBox{}));
}

}  // namespace
}  // namespace itinera
