// Scrolling the agenda: the current row shows, under its day's heading when it can, and no
// line is cut at the top.
#include "core/layout/list_scroll.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace itinera;

namespace {
// A heading, then rows of 40 px, then another heading at 400.
const std::vector<double> kRows{0, 20, 60, 100, 140, 180, 220, 260, 300, 340, 380, 400, 420, 460, 500, 540, 580};
}  // namespace

TEST(ListScroll, TheSectionHeadingStaysInViewWhenItCan) {
  EXPECT_EQ(scrollToShow(kRows, 13, 11, 300), 400);  // heading at the top, current 60 px below
  EXPECT_EQ(scrollToShow(kRows, 2, 0, 300), 0);
}

TEST(ListScroll, AFarRowIsShownAThirdDownAtARowStart) {
  double top = scrollToShow(kRows, 10, 0, 300);  // 380 is too far below the heading at 0
  EXPECT_EQ(top, 260);  // the last row start above 380 - 100
  EXPECT_NE(std::find(kRows.begin(), kRows.end(), top), kRows.end());
  EXPECT_LE(top, 380);
  EXPECT_GT(380 - top, 0);
  EXPECT_LT(380 - top, 300 * 0.6);  // the current row is in the view's upper part
}

TEST(ListScroll, AtTheEndOfTheListTheTopStillStartsARow) {
  // Scrolling stops at 410: the heading at 400 is the last row start that can reach the top.
  EXPECT_EQ(scrollToShow(kRows, 16, 11, 300, 410), 400);
  EXPECT_EQ(scrollToShow(kRows, 16, 11, 300, 395), 380);
}

TEST(ListScroll, OutOfRangeRowsScrollToTheTop) {
  EXPECT_EQ(scrollToShow(kRows, 99, 0, 300), 0);
  EXPECT_EQ(scrollToShow({}, 0, 0, 300), 0);
}
