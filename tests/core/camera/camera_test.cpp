// Camera conversions, zoom at a point, view fitting and the fly-to path.
#include "core/camera/camera.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/camera/camera_director.h"
#include "core/camera/camera_flight.h"
#include "core/camera/views.h"
#include "panama_views.h"

using namespace itinera;

namespace {

Camera camera(MapPoint centre, double mpp, int w = 800, int h = 600) {
  Camera c;
  c.center = centre;
  c.metresPerPixel = mpp;
  c.viewport = {w, h};
  return c;
}

}  // namespace

TEST(Camera, CentreMapsToViewportCentreAndYIsDown) {
  Camera c = camera({1000, 2000}, 10);
  ScreenPoint s = c.toScreen({1000, 2000});
  EXPECT_DOUBLE_EQ(s.x, 400);
  EXPECT_DOUBLE_EQ(s.y, 300);
  EXPECT_LT(c.toScreen({1000, 2100}).y, 300);  // north is up
  MapPoint back = c.toMap({123, 456});
  ScreenPoint again = c.toScreen(back);
  EXPECT_NEAR(again.x, 123, 1e-9);
  EXPECT_NEAR(again.y, 456, 1e-9);
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
  Camera c = camera({0, 0}, 100);
  ScreenPoint cursor{650, 120};
  MapPoint before = c.toMap(cursor);
  c.zoomAt(cursor, 2);
  EXPECT_DOUBLE_EQ(c.metresPerPixel, 50);
  MapPoint after = c.toMap(cursor);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
}

TEST(Camera, PanMovesTheMapWithTheMouse) {
  Camera c = camera({0, 0}, 10);
  MapPoint p{500, 500};
  ScreenPoint before = c.toScreen(p);
  c.panByPixels(30, -20);
  ScreenPoint after = c.toScreen(p);
  EXPECT_NEAR(after.x - before.x, 30, 1e-9);
  EXPECT_NEAR(after.y - before.y, -20, 1e-9);
}

TEST(Views, EveryNamedViewFramesItsBox) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  for (const NamedView& v : panamaViews()) {
    Camera c = cameraForView(v, p.value(), {1920, 1080});
    for (LonLat corner : {v.southWest, v.northEast}) {
      ScreenPoint s = c.toScreen(p->toMap(corner));
      EXPECT_GE(s.x, 0) << v.name;
      EXPECT_LE(s.x, 1920) << v.name;
      EXPECT_GE(s.y, 0) << v.name;
      EXPECT_LE(s.y, 1080) << v.name;
    }
  }
  EXPECT_TRUE(panamaView("darien").has_value());
  EXPECT_FALSE(panamaView("atlantis").has_value());
}

TEST(Views, LocateIsTheInverseOfTheCamera) {
  // `itinera locate` prints toScreen(toMap(lonlat)); the map point under that pixel is the place.
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  Camera c = cameraForView(*panamaView("panama-city"), p.value(), {1280, 720});
  LonLat palace{-79.5344, 8.9540};
  ScreenPoint s = c.toScreen(p->toMap(palace));
  LonLat back = p->toLonLat(c.toMap(s));
  EXPECT_NEAR(back.lon, palace.lon, 1e-9);
  EXPECT_NEAR(back.lat, palace.lat, 1e-9);
  // The palace is south of the city centre, so it is drawn lower on screen.
  EXPECT_GT(s.y, c.toScreen(p->toMap({-79.5347, 8.9711})).y);
}

TEST(CameraFlight, StartsAndEndsAtTheViewsAndIsContinuous) {
  Camera a = camera({0, 0}, 50), b = camera({300000, -100000}, 20);
  CameraFlight flight(a, b);
  EXPECT_NEAR(flight.at(0).center.x, 0, 1e-6);
  EXPECT_NEAR(flight.at(0).metresPerPixel, 50, 1e-9);
  EXPECT_NEAR(flight.at(1).center.x, 300000, 1e-6);
  EXPECT_NEAR(flight.at(1).metresPerPixel, 20, 1e-9);
  Camera prev = flight.at(0);
  double maxZoomOut = 0;
  for (int i = 1; i <= 1000; ++i) {
    Camera c = flight.at(i / 1000.0);
    EXPECT_LT(std::hypot(c.center.x - prev.center.x, c.center.y - prev.center.y), 3000);
    EXPECT_LT(std::abs(std::log(c.metresPerPixel / prev.metresPerPixel)), 0.02);
    maxZoomOut = std::max(maxZoomOut, c.metresPerPixel);
    prev = c;
  }
  EXPECT_GT(maxZoomOut, 50);  // a long hop zooms out on the way
}

TEST(CameraFlight, DurationGrowsWithDistanceWithinBounds) {
  Camera a = camera({0, 0}, 50);
  CameraFlight near(a, camera({1000, 0}, 50)), far(a, camera({900000, 0}, 50));
  EXPECT_LT(near.durationSeconds(), far.durationSeconds());
  EXPECT_GE(near.durationSeconds(), 0.6);
  EXPECT_LE(far.durationSeconds(), 3.0);
  CameraFlight zoomOnly(a, camera({0, 0}, 5));
  EXPECT_NEAR(zoomOnly.at(1).metresPerPixel, 5, 1e-9);
  EXPECT_GT(zoomOnly.pathLength(), 0);
}

TEST(CameraDirector, FliesToTheTargetAndStops) {
  Camera a = camera({0, 0}, 50), b = camera({200000, 50000}, 10);
  CameraDirector director;
  Camera c = a;
  director.flyTo(a, b);
  ASSERT_TRUE(director.advance(c, 0));
  EXPECT_NEAR(c.center.x, 0, 1e-6);
  double duration = CameraFlight(a, b).durationSeconds();
  ASSERT_TRUE(director.advance(c, duration / 2));
  EXPECT_GT(c.center.x, 0);
  EXPECT_LT(c.center.x, 200000);
  EXPECT_TRUE(director.advance(c, duration / 2 + 0.01));
  EXPECT_NEAR(c.center.x, 200000, 1e-6);
  EXPECT_NEAR(c.metresPerPixel, 10, 1e-9);
  EXPECT_FALSE(director.flying());
  EXPECT_FALSE(director.advance(c, 100.0));
}

// A minimised window has a viewport of no width: the camera must stay a number.
TEST(CameraFlight, AZeroWidthViewportGivesAFiniteCamera) {
  Camera a = camera({0, 0}, 50), b = camera({200000, 50000}, 10);
  a.viewport = b.viewport = {0, 0};
  for (const auto& flight : {CameraFlight(a, b), CameraFlight(a, camera({0, 0}, 5)), CameraFlight(a, a)}) {
    EXPECT_TRUE(std::isfinite(flight.pathLength()));
    EXPECT_TRUE(std::isfinite(flight.durationSeconds()));
    for (double t : {0.0, 0.3, 0.7, 1.0}) {
      Camera c = flight.at(t);
      EXPECT_TRUE(std::isfinite(c.center.x) && std::isfinite(c.center.y)) << t;
      EXPECT_TRUE(std::isfinite(c.metresPerPixel) && c.metresPerPixel > 0) << t;
    }
  }
  CameraDirector director;
  Camera c = a;
  director.flyTo(a, b);
  ASSERT_TRUE(director.advance(c, 0.5));
  EXPECT_TRUE(std::isfinite(c.center.x) && std::isfinite(c.metresPerPixel));
  director.advance(c, 9.5);
  EXPECT_NEAR(c.center.x, 200000, 1e-6);
  EXPECT_NEAR(c.metresPerPixel, 10, 1e-9);
}
