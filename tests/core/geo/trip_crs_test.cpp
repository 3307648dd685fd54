// The map CRS chosen for a trip: a UTM zone when it fits one, else a conformal projection on it.
#include "core/geo/trip_crs.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/geo/projection.h"
#include "test_trips.h"

namespace itinera {
namespace {

TEST(TripCrs, PanamaGetsUtm17North) {
  CrsChoice c = crsForTrip(test::panama());
  EXPECT_EQ(c.definition, "EPSG:32617");
  EXPECT_EQ(c.name, "WGS 84 / UTM zone 17N");
  EXPECT_EQ(c.why, "chosen for the trip");
}

TEST(TripCrs, MexicoCityGetsUtm14North) {
  CrsChoice c = chooseCrs({-99.3, 19.2, -98.9, 19.6});
  EXPECT_EQ(c.definition, "EPSG:32614");
  EXPECT_EQ(c.name, "WGS 84 / UTM zone 14N");
}

TEST(TripCrs, SouthernHemisphereGetsASouthZone) {
  EXPECT_EQ(chooseCrs({151.0, -34.0, 151.3, -33.7}).definition, "EPSG:32756");  // Sydney
}

TEST(TripCrs, WashingtonToPanamaGetsAConformalConicCentredOnIt) {
  CrsChoice c = chooseCrs({-79.6, 8.9, -77.0, 38.9});
  EXPECT_EQ(c.definition.rfind("+proj=lcc ", 0), 0u) << c.definition;
  EXPECT_NE(c.definition.find("+lon_0=-78.3"), std::string::npos) << c.definition;
  EXPECT_NE(c.definition.find("+lat_1=13.9 +lat_2=33.9"), std::string::npos) << c.definition;
  auto p = Projection::create(c.definition);
  ASSERT_TRUE(p.ok()) << p.error();
  // Named for people wherever the map is labelled, not PROJ's "unknown".
  EXPECT_EQ(c.name, "Lambert conformal conic, parallels 13.9 and 33.9, centred on -78.3");
  EXPECT_EQ(p->name(), c.name);
  // Centred: the middle of the trip is near the map's origin, both ends on the map.
  MapPoint middle = p->toMap({-78.3, 23.9});
  EXPECT_LT(std::abs(middle.x), 1000);
  for (LonLat end : {LonLat{-77.04, 38.9}, LonLat{-79.53, 8.97}}) EXPECT_TRUE(std::isfinite(p->toMap(end).y));
}

TEST(TripCrs, WashingtonPanamaMexicoCityGetsAConic) {
  EXPECT_EQ(chooseCrs({-99.2, 8.9, -77.0, 38.9}).definition.rfind("+proj=lcc ", 0), 0u);
}

TEST(TripCrs, ALargeExtentGetsAStereographic) {
  CrsChoice c = chooseCrs({-80, 5, 10, 55});  // Panama to Europe
  EXPECT_EQ(c.definition.rfind("+proj=stere ", 0), 0u) << c.definition;
  EXPECT_EQ(c.name, "Stereographic centred on 30, -35");
  EXPECT_TRUE(Projection::create(c.definition).ok());
}

TEST(TripCrs, AnEquatorialSpanGetsMercator) {
  CrsChoice c = chooseCrs({-80, -20, -60, 20});
  EXPECT_EQ(c.definition.rfind("+proj=merc ", 0), 0u) << c.definition;
  EXPECT_EQ(c.name, "Mercator centred on -70");
  EXPECT_TRUE(Projection::create(c.definition).ok());
}

TEST(TripCrs, ATripNamingItsCrsKeepsIt) {
  Trip trip = test::panama();
  trip.crs = "EPSG:32618";
  CrsChoice c = crsForTrip(trip);
  EXPECT_EQ(c.definition, "EPSG:32618");
  EXPECT_EQ(c.name, "WGS 84 / UTM zone 18N");
  EXPECT_EQ(c.why, "named by the trip");
}

TEST(TripCrs, ExtentCoversPlacesAndLegs) {
  auto e = tripExtent(test::panama());
  ASSERT_TRUE(e);
  EXPECT_LT(e->west, -79.5);
  EXPECT_GT(e->east, -78.0);
  EXPECT_LT(e->south, 8.5);
}

}  // namespace
}  // namespace itinera
