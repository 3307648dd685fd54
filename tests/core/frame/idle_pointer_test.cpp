// Presenter mode's idle pointer: hidden after the mouse rests, back when it moves, never
// hidden outside presenter mode.
#include "core/frame/idle_pointer.h"

#include <gtest/gtest.h>

using namespace itinera;

TEST(IdlePointer, NeverHidesOutsidePresenterMode) {
  IdlePointer pointer;
  pointer.moved(10);
  EXPECT_FALSE(pointer.hidden(10));
  EXPECT_FALSE(pointer.hidden(1000));
  EXPECT_EQ(pointer.untilHidden(1000), std::nullopt);
}

TEST(IdlePointer, HidesOnceTheMouseHasRestedTwoSeconds) {
  IdlePointer pointer;
  pointer.setActive(true, 100);
  EXPECT_FALSE(pointer.hidden(100));
  EXPECT_FALSE(pointer.hidden(101.9));
  EXPECT_TRUE(pointer.hidden(102));
  EXPECT_TRUE(pointer.hidden(500));
}

TEST(IdlePointer, ShowsAgainAsSoonAsTheMouseMoves) {
  IdlePointer pointer;
  pointer.setActive(true, 0);
  ASSERT_TRUE(pointer.hidden(5));
  pointer.moved(5);
  EXPECT_FALSE(pointer.hidden(5));
  EXPECT_FALSE(pointer.hidden(6.5));
  EXPECT_TRUE(pointer.hidden(7));
}

TEST(IdlePointer, EachMovementRestartsTheRest) {
  IdlePointer pointer;
  pointer.setActive(true, 0);
  for (double t = 1; t < 10; t += 1.5) {
    pointer.moved(t);
    EXPECT_FALSE(pointer.hidden(t + 1.4)) << "moved at " << t;
  }
}

TEST(IdlePointer, LeavingPresenterModeShowsItAndEnteringStartsTheRestAnew) {
  IdlePointer pointer;
  pointer.setActive(true, 0);
  ASSERT_TRUE(pointer.hidden(3));
  pointer.setActive(false, 3);
  EXPECT_FALSE(pointer.hidden(3));
  EXPECT_FALSE(pointer.hidden(60));
  pointer.setActive(true, 60);  // the mouse last moved long ago: it still shows at first
  EXPECT_FALSE(pointer.hidden(60));
  EXPECT_TRUE(pointer.hidden(62));
}

TEST(IdlePointer, SaysHowLongAWaitingWindowMaySleepBeforeItHides) {
  IdlePointer pointer(2);
  pointer.setActive(true, 10);
  ASSERT_TRUE(pointer.untilHidden(10).has_value());
  EXPECT_DOUBLE_EQ(*pointer.untilHidden(10), 2);
  EXPECT_DOUBLE_EQ(*pointer.untilHidden(11.25), 0.75);
  EXPECT_EQ(pointer.untilHidden(12), std::nullopt);  // hidden: nothing more is due
  pointer.moved(12);
  EXPECT_DOUBLE_EQ(*pointer.untilHidden(12), 2);
}

TEST(IdlePointer, TakesItsRestFromTheCaller) {
  IdlePointer pointer(0.5);
  pointer.setActive(true, 0);
  EXPECT_FALSE(pointer.hidden(0.4));
  EXPECT_TRUE(pointer.hidden(0.5));
}
