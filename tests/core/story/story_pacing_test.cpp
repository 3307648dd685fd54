// Event-paced playback: monotonic from the trip start to its end, each card held long enough to
// read, empty nights jumped over, and the length asked for.
#include <gtest/gtest.h>

#include "core/story/story_pacing.h"
#include "test_trips.h"

namespace itinera {
namespace {

const StorySequence& sequence() {
  static const Timeline timeline(test::panama(), TripClock(test::panama()));
  static const TripClock clock(test::panama());
  static const StorySequence seq = buildSequence(test::panama(), timeline, clock, {});
  return seq;
}

StoryPacing pacing(double total) {
  PacingOptions o;
  o.totalSeconds = total;
  return StoryPacing(test::panama(), sequence(), o);
}

TEST(StoryPacing, LastsAsAskedFromTheTripStartToItsEndWithoutGoingBack) {
  StoryPacing p = pacing(90);
  EXPECT_DOUBLE_EQ(p.length(), 90);
  EXPECT_FALSE(p.holdsShortened());
  EXPECT_EQ(p.at(0).time, test::panama().periodStart.utc);
  EXPECT_EQ(p.at(90).time, test::panama().periodEnd.utc);
  EXPECT_EQ(p.at(1000).time, test::panama().periodEnd.utc);
  PaceMoment last = p.at(0);
  for (double s = 0; s <= 90; s += 0.01) {
    PaceMoment m = p.at(s);
    ASSERT_GE(m.time, last.time) << s;
    ASSERT_GE(m.card, last.card) << s;
    last = m;
  }
  EXPECT_DOUBLE_EQ(pacing(240).length(), 240);
}

TEST(StoryPacing, ShowsEveryCardInTheSequencesOrderAtItsTimeHeldAtLeastTheMinimum) {
  StoryPacing p = pacing(90);
  const StorySequence& seq = sequence();
  for (size_t i = 0; i < seq.size(); ++i) {
    EXPECT_GE(p.cardHold(i), PacingOptions{}.minHoldSeconds - 1e-9) << seq[i].id;
    PaceMoment m = p.at(p.cardStart(i) + p.cardHold(i) / 2);
    EXPECT_EQ(m.card, i) << seq[i].id;
    EXPECT_TRUE(m.holding);
    EXPECT_EQ(m.time, seq[i].time) << seq[i].id;
    if (i > 0) EXPECT_GE(p.cardStart(i), p.cardStart(i - 1) + p.cardHold(i - 1) - 1e-9);
  }
  // A longer card is held longer: the quote of the release against its bare title card.
  EXPECT_GT(p.cardHold(seq.size() - 2), p.cardHold(0));
}

TEST(StoryPacing, EmptyHoursAndNightsAreJumpedOverAndSaySo) {
  StoryPacing p = pacing(90);
  // The 12 empty hours from the start of the trip to the arrival take under a second and a half.
  size_t arrival = 0;
  while (sequence()[arrival].id != "event:arrival-mayorkas") ++arrival;
  // The title and the first day's overview both stand at the trip's start; then the jump.
  ASSERT_EQ(sequence()[1].id, "day:2022-04-18");
  double overviewEnd = p.cardStart(1) + p.cardHold(1);
  EXPECT_LT(p.cardStart(arrival) - overviewEnd, 1.5);
  PaceMoment night = p.at(overviewEnd + (p.cardStart(arrival) - overviewEnd) / 2);
  EXPECT_TRUE(night.jumping);
  EXPECT_FALSE(night.holding);
  EXPECT_EQ(night.card, 1u);
  // The night of 18 to 19 April too.
  int64_t oneAm = parseIsoTime("2022-04-19T01:00-05:00")->utc;
  bool jumped = false;
  for (double s = 0; s <= 90; s += 0.01)
    if (p.at(s).time > oneAm - 1800 && p.at(s).time < oneAm + 1800) jumped |= p.at(s).jumping;
  EXPECT_TRUE(jumped);
}

TEST(StoryPacing, TravelRunsWithoutJumping) {
  StoryPacing p = pacing(0);  // the natural length: 20 minutes a second
  int64_t inFlight = parseIsoTime("2022-04-18T12:30-05:00")->utc;
  bool seen = false;
  for (double s = 0; s <= p.length(); s += 0.05) {
    PaceMoment m = p.at(s);
    if (m.time < inFlight - 300 || m.time > inFlight + 300) continue;
    seen = true;
    EXPECT_FALSE(m.jumping) << s;
  }
  EXPECT_TRUE(seen);  // the flight is shown as it runs, not skipped
  // At the speed given, the 49-minute helicopter flight between the arrival and the tour takes
  // 49 / 20 seconds.
  size_t arrival = 2;  // after the title and the day's overview
  ASSERT_EQ(sequence()[arrival].id, "event:arrival-mayorkas");
  ASSERT_EQ(sequence()[arrival + 1].id, "event:darien-tour");
  EXPECT_NEAR(p.cardStart(arrival + 1) - p.cardStart(arrival) - p.cardHold(arrival), 49.0 / 20, 1e-9);
}

TEST(StoryPacing, TooShortATotalShortensEveryPartEvenly) {
  StoryPacing p = pacing(10);
  EXPECT_TRUE(p.holdsShortened());
  EXPECT_DOUBLE_EQ(p.length(), 10);
  EXPECT_EQ(p.at(10).time, test::panama().periodEnd.utc);
}

}  // namespace
}  // namespace itinera
