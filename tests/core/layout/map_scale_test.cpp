// Scale bar lengths and the north arrow, checked against ground distances.
#include "core/layout/map_scale.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/camera/views.h"
#include "panama_views.h"
#include "core/geo/great_circle.h"

using namespace itinera;

TEST(ScaleBar, IsARoundLengthThatMatchesTheGround) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  for (const NamedView& v : panamaViews()) {
    Camera c = cameraForView(v, p.value(), {1920, 1080});
    ScaleBar bar = chooseScaleBar(c, p.value(), 200);
    ASSERT_GT(bar.lengthPx, 40) << v.name;
    ASSERT_LE(bar.lengthPx, 200) << v.name;
    double mantissa = bar.metres / std::pow(10, std::floor(std::log10(bar.metres)));
    EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << bar.label;
    // Measure the bar on the ground: its ends, back through the projection.
    ScreenPoint a{960, 540}, b{960 + bar.lengthPx, 540};
    double ground = greatCircleMetres(p->toLonLat(c.toMap(a)), p->toLonLat(c.toMap(b)));
    EXPECT_NEAR(ground, bar.metres, bar.metres * 0.01) << v.name;
  }
}

TEST(NorthArrow, GridNorthDiffersFromTrueNorthAwayFromTheCentralMeridian) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  Camera atMeridian = cameraForView({"m", "", {-81.1, 8}, {-80.9, 8.2}}, p.value(), {800, 600});
  Camera east = cameraForView(*panamaView("darien"), p.value(), {800, 600});
  EXPECT_NEAR(northAngle(atMeridian, p.value()), 0, 1e-3);
  // East of the central meridian (81°W), true north leans left of grid north.
  EXPECT_LT(northAngle(east, p.value()), -0.005);
}
