#include "core/time/trail_reach.h"

#include <gtest/gtest.h>

using namespace itinera;

TEST(TrailReach, ThreeDaysBackTwoAheadAndFewerLegsEachAsTravellersAreMore) {
  EXPECT_EQ(trailReach(1).backSeconds, 72 * 3600);
  EXPECT_EQ(trailReach(1).aheadSeconds, 48 * 3600);
  EXPECT_EQ(trailReach(1).legsEach, 20u);
  EXPECT_EQ(trailReach(2).legsEach, 10u);  // Panama's two: every one of their legs (four at most)
  EXPECT_EQ(trailReach(5).legsEach, 4u);
  EXPECT_EQ(trailReach(10).legsEach, 2u);
  EXPECT_EQ(trailReach(40).legsEach, 2u);  // never fewer than the last and the next
  EXPECT_EQ(trailReach(0).legsEach, 20u);
}
