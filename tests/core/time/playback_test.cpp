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

TEST(Playback, LoopingWrapsStepsLongerThanTheTrip) {
  Playback p(1000, 2000);  // a trip of 1000 s
  p.setSpeedIndex(0);      // 60 trip seconds per real second
  p.setLoop(true);
  p.setPlaying(true);
  EXPECT_TRUE(p.advance(60));  // 3600 trip seconds: 3.6 laps from the start
  EXPECT_EQ(p.time(), 1600);
  p.seek(1900);
  EXPECT_TRUE(p.advance(1000));  // 60000 trip seconds: 60 whole laps
  EXPECT_EQ(p.time(), 1900);
  EXPECT_GE(p.exactTime(), 1000);
  EXPECT_LT(p.exactTime(), 2000);
  EXPECT_TRUE(p.playing());
}

TEST(Playback, LoopingATripOfNoLengthStaysAtItsStart) {
  Playback p(500, 500);
  p.setLoop(true);
  p.setPlaying(true);
  EXPECT_TRUE(p.advance(10));
  EXPECT_EQ(p.time(), 500);
}
