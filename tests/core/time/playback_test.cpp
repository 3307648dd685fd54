// The trip clock: speed, clamping, looping and stopping at the end.
#include "core/time/playback.h"

#include <gtest/gtest.h>

using namespace itinera;

TEST(Playback, AdvancesAtTheChosenSpeedOnlyWhilePlaying) {
  Playback p(1000, 100000);
  EXPECT_FALSE(p.advance(1));
  EXPECT_EQ(p.time(), 1000);
  p.setSpeedIndex(0);  // one minute of trip per second
  p.setPlaying(true);
  EXPECT_TRUE(p.advance(2));
  EXPECT_EQ(p.time(), 1120);
}

TEST(Playback, SpeedsRangeFromAMinuteToSixHoursPerSecond) {
  EXPECT_EQ(Playback::speeds().front(), 60);
  EXPECT_EQ(Playback::speeds().back(), 6 * 3600);
  Playback p(0, 10);
  p.setSpeedIndex(99);
  EXPECT_EQ(p.speed(), 6 * 3600);
}

TEST(Playback, StopsAtTheEndOrLoops) {
  Playback p(0, 1000);
  p.setSpeedIndex(0);
  p.seek(990);
  p.setPlaying(true);
  p.advance(1);
  EXPECT_EQ(p.time(), 1000);
  EXPECT_FALSE(p.playing());
  p.setPlaying(true);  // play at the end restarts
  EXPECT_EQ(p.time(), 0);
  p.setLoop(true);
  p.seek(990);
  p.advance(1);
  EXPECT_EQ(p.time(), 50);
  EXPECT_TRUE(p.playing());
}

TEST(Playback, SeekIsClampedToTheTrip) {
  Playback p(100, 200);
  p.seek(50);
  EXPECT_EQ(p.time(), 100);
  p.seek(500);
  EXPECT_EQ(p.time(), 200);
}
