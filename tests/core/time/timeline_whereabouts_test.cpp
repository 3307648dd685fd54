// Where a traveller is at a given moment, on the real trip.
#include <gtest/gtest.h>

#include "core/time/timeline.h"
#include "test_trips.h"

namespace itinera {
namespace {

using Status = Timeline::TravellerState::Status;

const Timeline& panamaTimeline() {
  static const Timeline timeline(test::panama(), TripClock(test::panama()));
  return timeline;
}

int64_t at(const char* iso) { return parseIsoTime(iso)->utc; }

std::optional<Timeline::TravellerState> traveller(const std::string& id, int64_t t) {
  for (const Timeline::TravellerState& s : panamaTimeline().at(t).travellers)
    if (s.id == id) return s;
  return std::nullopt;
}

TEST(TimelineWhereabouts, AwayBeforeArrivalAndAfterDeparture) {
  EXPECT_EQ(traveller("mayorkas", at("2022-04-18T08:00-05:00"))->status, Status::Away);
  EXPECT_EQ(traveller("blinken", at("2022-04-18T15:00-05:00"))->status, Status::Away);
  EXPECT_EQ(traveller("mayorkas", at("2022-04-20T23:00-05:00"))->status, Status::Away);
  EXPECT_FALSE(traveller("nobody", at("2022-04-19T12:00-05:00")));
}

TEST(TimelineWhereabouts, OnTheHelicopterToTheDarien) {
  int64_t t = at("2022-04-18T12:30-05:00");
  auto s = traveller("mayorkas", t);
  ASSERT_EQ(s->status, Status::Travelling);
  EXPECT_EQ(s->leg->mode, LegMode::Helicopter);
  EXPECT_EQ(s->leg->to, "san-vicente-erm");
  double expected = double(t - s->leg->time.start.utc) / double(s->leg->time.end.utc - s->leg->time.start.utc);
  EXPECT_DOUBLE_EQ(s->legFraction, expected);
  EXPECT_GT(s->legFraction, 0.0);
  EXPECT_LT(s->legFraction, 1.0);
}

TEST(TimelineWhereabouts, AtEventsAndBetweenThem) {
  auto tour = traveller("mayorkas", at("2022-04-18T14:00-05:00"));
  ASSERT_EQ(tour->status, Status::AtEvent);
  EXPECT_EQ(tour->event->id, "darien-tour");
  auto night = traveller("mayorkas", at("2022-04-19T02:00-05:00"));
  ASSERT_EQ(night->status, Status::Waiting);
  EXPECT_EQ(night->place, "panama-city");
  EXPECT_EQ(night->event, nullptr);
  auto canal = traveller("blinken", at("2022-04-19T15:00-05:00"));
  ASSERT_EQ(canal->status, Status::AtEvent);
  EXPECT_EQ(canal->place, "pacific-locks");
}

}  // namespace
}  // namespace itinera
