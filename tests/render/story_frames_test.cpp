// The video's frames: the title card first and the closing card last, held cards drawn over the
// map and not drawn again while nothing moves, a frame that moves drawn anew.
#include "ui/story_frames.h"

#include <gtest/gtest.h>

#include "briefing_scene.h"

namespace itinera {
namespace {

class StoryFramesTest : public BriefingSceneTest<StoryFramesTest, 320, 180> {
 protected:
  void SetUp() override {
    sequence_ = buildSequence(briefing_->trip(), briefing_->timeline(), briefing_->clock(), {});
    PacingOptions o;
    o.totalSeconds = 30;
    pacing_ = std::make_unique<StoryPacing>(briefing_->trip(), sequence_, o);
    plan_ = {10, 300, 0, pacing_->length()};
  }
  StorySequence sequence_;
  std::unique_ptr<StoryPacing> pacing_;
  StoryFramePlan plan_;
};

TEST_F(StoryFramesTest, OpensOnTheTitleAndEndsOnTheClosingCard) {
  PaceMoment first = storyFrameMoment(*pacing_, plan_, 0);
  PaceMoment last = storyFrameMoment(*pacing_, plan_, plan_.frames - 1);
  EXPECT_EQ(sequence_[first.card].kind, SequenceCard::Kind::Title);
  EXPECT_TRUE(first.holding);
  EXPECT_EQ(sequence_[last.card].kind, SequenceCard::Kind::Closing);
  EXPECT_EQ(last.time, briefing_->trip().periodEnd.utc);
  // Every card is shown on some frame, in the sequence's order.
  size_t shown = 0;
  for (int64_t i = 0; i < plan_.frames; ++i) {
    PaceMoment m = storyFrameMoment(*pacing_, plan_, i);
    ASSERT_GE(m.card, shown) << "frame " << i;
    EXPECT_LE(m.card, shown + 1) << "frame " << i << " skips a card";
    shown = m.card;
  }
  EXPECT_EQ(shown, sequence_.size() - 1);
}

TEST_F(StoryFramesTest, HeldFramesAreNotDrawnAgain) {
  StoryFrames frames(*briefing_, *renderer_, *pacing_, plan_);
  std::vector<uint8_t> title = frames.frame(0);
  const uint8_t* drawn = frames.frame(1).data();
  // The title is held for seconds: the same moment through the same camera is the same frame.
  ASSERT_TRUE(storyFrameMoment(*pacing_, plan_, 1).holding);
  EXPECT_EQ(frames.frame(1), title);
  EXPECT_EQ(frames.frame(2).data(), drawn);
  // By the end of the trip the picture has changed.
  std::vector<uint8_t> later;
  for (int64_t i = 3; i < plan_.frames; ++i) later = frames.frame(i);
  EXPECT_NE(later, title);
}

}  // namespace
}  // namespace itinera
