// Places in several time zones: each its own, its parent's or the trip's; times with abbreviations.
#include "core/time/place_zones.h"

#include <gtest/gtest.h>

#include "core/time/time_format.h"
#include "test_trips.h"

namespace itinera {
namespace {

Trip threeZones() {
  Trip trip = test::panama();
  trip.places[0].timeZone = "America/New_York";     // panama-city: pretend it is Washington
  trip.places[1].timeZone = "America/Mexico_City";  // darien
  trip.reindex();
  return trip;
}

TEST(PlaceZones, OwnParentOrTrip) {
  Trip trip = threeZones();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  EXPECT_TRUE(zones.several());
  EXPECT_EQ(zones.clockFor("panama-city").zoneName(), "America/New_York");
  EXPECT_EQ(zones.sourceOf("panama-city"), ZoneSource::Place);
  EXPECT_EQ(zones.clockFor("palacio-de-las-garzas").zoneName(), "America/New_York");
  EXPECT_EQ(zones.sourceOf("palacio-de-las-garzas"), ZoneSource::Parent);
  EXPECT_EQ(zones.clockFor("panama-canal").zoneName(), "America/Panama");
  EXPECT_EQ(zones.sourceOf("panama-canal"), ZoneSource::Trip);
  EXPECT_EQ(&zones.clockFor("atlantis"), &home);
}

TEST(PlaceZones, PanamaHasOneZone) {
  TripClock home(test::panama());
  EXPECT_FALSE(PlaceZones(test::panama(), home).several());
}

// The same instant in three zones, and New York across the spring change of 13 March 2022.
TEST(PlaceZones, TimesCarryTheirZoneAcrossDaylightSaving) {
  int64_t noonPanama = parseIsoTime("2022-04-19T12:00-05:00")->utc;
  EXPECT_EQ(timeWithZone(TripClock("America/Panama", 0), noonPanama), "12:00 EST");
  EXPECT_EQ(timeWithZone(TripClock("America/New_York", 0), noonPanama), "13:00 EDT");
  EXPECT_EQ(timeWithZone(TripClock("America/Mexico_City", 0), noonPanama), "12:00 CDT");
  TripClock ny("America/New_York", 0);
  EXPECT_EQ(timeWithZone(ny, parseIsoTime("2022-03-13T01:30-05:00")->utc), "01:30 EST");
  EXPECT_EQ(timeWithZone(ny, parseIsoTime("2022-03-13T03:30-04:00")->utc), "03:30 EDT");
  // Mexico City gave up daylight saving in October 2022.
  EXPECT_EQ(timeWithZone(TripClock("America/Mexico_City", 0), parseIsoTime("2023-04-19T12:00-06:00")->utc), "12:00 CST");
}

}  // namespace
}  // namespace itinera
