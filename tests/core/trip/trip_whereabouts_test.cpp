// Where a traveller is at a given moment, on the real trip.
#include <gtest/gtest.h>

#include "core/trip/trip_loader.h"
#include "core/trip/trip_whereabouts.h"

namespace itinera {
namespace {

const Trip& panama() {
  static const TripLoadResult r = loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson");
  if (!r.ok()) std::abort();
  return *r.trip;
}

int64_t at(const char* iso) { return parseIsoTime(iso)->utc; }

TEST(TripWhereabouts, AwayBeforeArrivalAndAfterDeparture) {
  EXPECT_EQ(whereaboutsAt(panama(), "mayorkas", at("2022-04-18T08:00-05:00")).kind, Whereabouts::Kind::Away);
  EXPECT_EQ(whereaboutsAt(panama(), "blinken", at("2022-04-18T15:00-05:00")).kind, Whereabouts::Kind::Away);
  EXPECT_EQ(whereaboutsAt(panama(), "mayorkas", at("2022-04-20T23:00-05:00")).kind, Whereabouts::Kind::Away);
  EXPECT_EQ(whereaboutsAt(panama(), "nobody", at("2022-04-19T12:00-05:00")).kind, Whereabouts::Kind::Away);
}

TEST(TripWhereabouts, OnTheHelicopterToTheDarien) {
  int64_t t = at("2022-04-18T12:30-05:00");
  Whereabouts w = whereaboutsAt(panama(), "mayorkas", t);
  ASSERT_EQ(w.kind, Whereabouts::Kind::OnLeg);
  EXPECT_EQ(w.leg->mode, LegMode::Helicopter);
  EXPECT_EQ(w.leg->to, "san-vicente-erm");
  double expected = double(t - w.leg->time.start.utc) / double(w.leg->time.end.utc - w.leg->time.start.utc);
  EXPECT_DOUBLE_EQ(w.fraction, expected);
  EXPECT_GT(w.fraction, 0.0);
  EXPECT_LT(w.fraction, 1.0);
}

TEST(TripWhereabouts, AtEventsAndBetweenThem) {
  Whereabouts tour = whereaboutsAt(panama(), "mayorkas", at("2022-04-18T14:00-05:00"));
  ASSERT_EQ(tour.kind, Whereabouts::Kind::AtPlace);
  EXPECT_EQ(tour.event->id, "darien-tour");
  Whereabouts night = whereaboutsAt(panama(), "mayorkas", at("2022-04-19T02:00-05:00"));
  ASSERT_EQ(night.kind, Whereabouts::Kind::AtPlace);
  EXPECT_EQ(night.place, "panama-city");
  EXPECT_EQ(night.event, nullptr);
  Whereabouts canal = whereaboutsAt(panama(), "blinken", at("2022-04-19T15:00-05:00"));
  ASSERT_EQ(canal.kind, Whereabouts::Kind::AtPlace);
  EXPECT_EQ(canal.place, "pacific-locks");
}

}  // namespace
}  // namespace itinera
