// How much of each traveller's route the map shows.
#include "core/time/trail_reach.h"

#include <gtest/gtest.h>

#include "core/trip/trip_loader.h"
#include "test_trips.h"

using namespace itinera;

namespace {

int64_t march(const std::string& dayAndTime) { return parseIsoTime("2022-03-0" + dayAndTime + "-05:00")->utc; }

// The road trip with Ana's three legs travelled by `extra` more travellers alongside her.
Trip roadTripWith(size_t extra) {
  Trip trip = test::roadTrip();
  std::vector<Leg> anas;
  for (const Leg& leg : trip.legs)
    if (leg.traveller == "ana") anas.push_back(leg);
  Traveller ana = trip.travellers.front();
  for (size_t i = 1; i <= extra; ++i) {
    std::string id = "ana-" + std::to_string(i);
    trip.travellers.push_back(ana);
    trip.travellers.back().person = id;
    for (Leg leg : anas) {
      leg.id += "-" + id, leg.traveller = id;
      trip.legs.push_back(leg);
    }
  }
  return trip;
}

}  // namespace

TEST(TrailReach, ThreeDaysBackTwoAheadAndFewerLegsEachAsTravellersAreMore) {
  EXPECT_EQ(trailReach(1).backSeconds, 72 * 3600);
  EXPECT_EQ(trailReach(1).aheadSeconds, 48 * 3600);
  EXPECT_EQ(trailReach(1).legsEach, 10u);
  EXPECT_EQ(trailReach(2).legsEach, 5u);  // Panama's two: every one of their legs (four at most)
  EXPECT_EQ(trailReach(5).legsEach, 2u);
  EXPECT_EQ(trailReach(10).legsEach, 1u);
  EXPECT_EQ(trailReach(40).legsEach, 1u);  // never fewer than the last and the next
  EXPECT_EQ(trailReach(0).legsEach, 10u);
}

TEST(TrailReach, TenTravellersEachShowTheirLastLegAndTheNext) {
  const Trip& few = test::roadTrip();
  Timeline fewTimeline(few, TripClock(few));
  Timeline::State evening = fewTimeline.at(march("1T20:00"));
  std::vector<TravellerRoutes> whole = routesAround(fewTimeline, evening);
  ASSERT_EQ(whole.size(), evening.travellers.size());
  EXPECT_EQ(whole.front().travelled.size(), 5u);  // Ana's three legs, the loop back to Town A

  Trip many = roadTripWith(9);
  Timeline manyTimeline(many, TripClock(many));
  std::vector<TravellerRoutes> recent = routesAround(manyTimeline, manyTimeline.at(march("1T20:00")));
  ASSERT_GE(recent.size(), 10u);
  for (const TravellerRoutes& r : recent) {
    if (r.travelled.empty()) continue;  // Ben, who has no legs
    ASSERT_EQ(r.travelled.size(), 2u);  // the reserve, Town A
    EXPECT_NEAR(r.travelled.front().lat, 8.1, 1e-9);
  }
  std::vector<TravellerRoutes> ahead = routesAround(manyTimeline, manyTimeline.at(march("1T08:30")));
  for (const TravellerRoutes& r : ahead)
    if (!r.ahead.empty()) EXPECT_EQ(r.ahead.size(), 3u);  // Town A to Town B, not on to the reserve
}
