// The camera kept inside the covered area: zoom-out capped for any aspect, panning stopped at
// the edge and sliding along it, and the UTM domain the world basemap is cut to.
#include "core/camera/camera_bounds.h"

#include <gtest/gtest.h>

#include "core/geo/projection_domain.h"

using namespace itinera;

namespace {

// A 4000 x 2000 m rectangle around the origin.
CameraBounds rectangle() { return {{{-2000, -1000}, {2000, -1000}, {2000, 1000}, {-2000, 1000}}, {0, 0}}; }

Camera camera(MapPoint centre, double mpp, int w, int h) {
  Camera c;
  c.center = centre;
  c.metresPerPixel = mpp;
  c.viewport = {w, h};
  return c;
}

// Each corner of what the camera sees lies inside the lon/lat box.
void expectSeesInside(const Camera& c, const Projection& p, const DegreeBox& box) {
  MapBox seen = c.visibleBox();
  for (MapPoint corner : {seen.min, seen.max, MapPoint{seen.min.x, seen.max.y}, MapPoint{seen.max.x, seen.min.y}}) {
    LonLat at = p.toLonLat(corner);
    EXPECT_TRUE(box.contains(at)) << at.lon << ", " << at.lat << " outside the usable area";
  }
}

}  // namespace

TEST(CameraBounds, AViewInsideIsLeftAlone) {
  Camera c = camera({100, 50}, 1, 800, 450);
  Camera kept = keptInside(c, rectangle());
  EXPECT_EQ(kept.center.x, 100);
  EXPECT_EQ(kept.center.y, 50);
  EXPECT_EQ(kept.metresPerPixel, 1);
}

TEST(CameraBounds, ZoomOutStopsWhereTheBindingSideFitsForEachAspect) {
  // On a 2:1 area a 16:9 or a portrait view is bound by its height, a 4:1 view by its width.
  Camera wide = keptInside(camera({0, 0}, 100, 1920, 1080), rectangle());
  EXPECT_NEAR(wide.metresPerPixel, 2000 / 1080.0 / 1.01, 1e-6);
  Camera tall = keptInside(camera({0, 0}, 100, 600, 800), rectangle());
  EXPECT_NEAR(tall.metresPerPixel, 2000 / 800.0 / 1.01, 1e-6);
  Camera strip = keptInside(camera({0, 0}, 100, 800, 200), rectangle());
  EXPECT_NEAR(strip.metresPerPixel, 4000 / 800.0 / 1.01, 1e-6);
  for (const Camera& c : {wide, tall, strip}) EXPECT_TRUE(seesOnlyInside(c, rectangle()));
}

TEST(CameraBounds, PanningStopsAtTheEdgeAndSlidesAlongIt) {
  // 1000 x 500 m seen; the wish is far right and a little up: x stops at the edge, y follows.
  Camera kept = keptInside(camera({5000, 200}, 1, 1000, 500), rectangle());
  EXPECT_EQ(kept.metresPerPixel, 1);
  EXPECT_NEAR(kept.center.x, 2000 - 500 * 1.01, 1);
  EXPECT_NEAR(kept.center.y, 200, 1);
}

TEST(CameraBounds, ABayOfTheOutsideIsSeenHoweverThin) {
  // A notch from the top edge down to the middle: a view over it is not inside.
  CameraBounds notched{{{-2000, -1000}, {2000, -1000}, {2000, 1000}, {10, 1000}, {0, 0}, {-10, 1000}, {-2000, 1000}},
                       {0, -500}};
  EXPECT_FALSE(seesOnlyInside(camera({0, 500}, 0.1, 1000, 1000), notched));
  EXPECT_TRUE(seesOnlyInside(camera({1000, 500}, 0.1, 1000, 1000), notched));
  // A notch 20 cm wide crossing the whole 100 m view, with no corner of it in view.
  CameraBounds slit{{{-2000, -1000}, {2000, -1000}, {2000, 1000}, {2.1, 1000}, {2, -900}, {1.9, 1000}, {-2000, 1000}},
                    {-1000, 0}};
  EXPECT_FALSE(seesOnlyInside(camera({0, 0}, 0.1, 1000, 1000), slit));
  EXPECT_TRUE(seesOnlyInside(camera({-100, 0}, 0.1, 1000, 1000), slit));
}

TEST(CameraBounds, NoBoundsNoClamp) {
  Camera c = camera({1e9, 0}, 1e6, 1920, 1080);
  EXPECT_EQ(keptInside(c, CameraBounds{}).center.x, 1e9);
}

TEST(CameraBounds, UtmZoomedFullyOutSeesOnlyTheUsableArea) {
  auto utm = Projection::create("EPSG:32617");
  ASSERT_TRUE(utm);
  CameraBounds bounds = cameraBounds(utm.value());
  ASSERT_GT(bounds.outline.size(), 3u);
  DegreeBox box = usableArea(utm.value());
  for (Viewport size : {Viewport{1920, 1080}, Viewport{1280, 720}, Viewport{1024, 768}, Viewport{720, 1280}}) {
    // As far out as the camera goes, over Panama, and then dragged far to the south-east.
    Camera out = keptInside(camera(utm->toMap({-80, 9}), 20000, size.width, size.height), bounds);
    EXPECT_LT(out.metresPerPixel, 20000);
    expectSeesInside(out, utm.value(), box);
    Camera dragged = keptInside(camera({out.center.x + 2e7, out.center.y - 2e7}, out.metresPerPixel, size.width,
                                       size.height), bounds);
    expectSeesInside(dragged, utm.value(), box);
    EXPECT_NEAR(dragged.metresPerPixel, out.metresPerPixel, 1e-9);
  }
}
