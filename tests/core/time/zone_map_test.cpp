// The packaged time-zone map: known cities, a coast, the open sea, and what a trip's places get.
#include "core/time/zone_map.h"

#include <gtest/gtest.h>

#include "core/time/place_zones.h"
#include "test_trips.h"

namespace itinera {
namespace {

const ZoneMap& bundled() {
  static auto map = ZoneMap::open(ITINERA_SOURCE_DIR "/geodata/time_zones.gpkg");
  if (!map) {
    ADD_FAILURE() << map.error();
    std::abort();
  }
  return *map.value();
}

void expectZone(LonLat p, const std::string& zone, ZoneFit fit) {
  ZoneAtPoint found = bundled().zoneAt(p);
  EXPECT_EQ(found.zone, zone) << p.lon << ", " << p.lat;
  EXPECT_EQ(found.fit, fit) << p.lon << ", " << p.lat;
}

TEST(ZoneMap, KnownCities) {
  expectZone({-77.0365, 38.8977}, "America/New_York", ZoneFit::Inside);      // Washington
  expectZone({-79.5347, 8.9711}, "America/Panama", ZoneFit::Inside);         // Panama City
  expectZone({-99.1332, 19.4326}, "America/Mexico_City", ZoneFit::Inside);   // Mexico City
  expectZone({-3.7038, 40.4168}, "Europe/Madrid", ZoneFit::Inside);          // Madrid
  expectZone({139.6917, 35.6895}, "Asia/Tokyo", ZoneFit::Inside);            // Tokyo
  expectZone({-87.6298, 41.8781}, "America/Chicago", ZoneFit::Inside);       // Chicago
}

TEST(ZoneMap, OpenSeaHasTheNauticalZoneOfItsLongitude) {
  expectZone({-40.0, 30.0}, "Etc/GMT+3", ZoneFit::Nautical);   // mid-Atlantic
  expectZone({-150.0, 0.0}, "Etc/GMT+10", ZoneFit::Nautical);  // central Pacific
  EXPECT_EQ(nauticalZone(0), "Etc/GMT");
  EXPECT_EQ(nauticalZone(135), "Etc/GMT-9");
  EXPECT_EQ(nauticalZone(-75), "Etc/GMT+5");
  EXPECT_EQ(nauticalZone(-180), "Etc/GMT+12");
}

TEST(ZoneMap, JustOffACoastTakesTheNearestZone) {
  // 20 km off Panama's Pacific coast, beyond its territorial sea on the map.
  ZoneAtPoint found = bundled().zoneAt({-79.5, 8.55});
  EXPECT_EQ(found.zone, "America/Panama");
  EXPECT_NE(found.fit, ZoneFit::Nautical);
}

TEST(ZoneMap, MissingOrForeignFileIsAnErrorNamingIt) {
  auto missing = ZoneMap::open("no/such/zones.gpkg");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("no/such/zones.gpkg"), std::string::npos);
  auto basemap = ZoneMap::open(ITINERA_SOURCE_DIR "/geodata/panama.gpkg");
  ASSERT_FALSE(basemap);
  EXPECT_NE(basemap.error().find("time_zones"), std::string::npos);
}

TEST(ZoneMap, PanamaPlacesGetPanamaFromTheMap) {
  const Trip& trip = test::panama();
  const Place* canal = trip.place("panama-canal");
  ASSERT_NE(canal, nullptr);
  ASSERT_TRUE(canal->mappedZone);
  EXPECT_EQ(canal->mappedZone->zone, "America/Panama");
  TripClock home(trip);
  PlaceZones zones(trip, home);
  EXPECT_EQ(zones.sourceOf("panama-canal"), ZoneSource::Map);
  EXPECT_STREQ(toString(ZoneSource::Map), "the time-zone map");
  EXPECT_FALSE(zones.several());
}

}  // namespace
}  // namespace itinera
