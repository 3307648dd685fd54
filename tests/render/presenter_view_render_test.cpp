// The presenter view: its panels fit the screen without overlapping; the current card, the next
// card and the speaker notes are drawn in them; a card without notes leaves the notes panel bare.
#include <gtest/gtest.h>

#include <algorithm>

#include "briefing_scene.h"
#include "core/story/story_sequence.h"
#include "ui/presenter_view.h"

using namespace itinera;

namespace {

class PresenterViewRenderTest : public BriefingSceneTest<PresenterViewRenderTest, 1280, 720> {
 protected:
  void SetUp() override {
    cards_ = buildSequence(briefing_->trip(), briefing_->timeline(), briefing_->clock(), {});
  }
  size_t indexOf(const std::string& id) const {
    auto it = std::find_if(cards_.begin(), cards_.end(), [&](const SequenceCard& c) { return c.id == id; });
    return size_t(it - cards_.begin());
  }
  std::vector<uint8_t> render(size_t card) {
    PresenterViewFrame frame{&cards_, card, false, "14:32", elapsedText(0)};
    return renderer_->renderWith([&] { drawPresenterView(frame, renderer_->ui().fonts(), kSize); }, 2);
  }
  // Pixels of text (dark on the light panels) inside `r`, below its label line.
  static int inkIn(const std::vector<uint8_t>& p, const Rect& r) {
    int ink = 0;
    for (int y = int(r.y + r.height * 0.2); y < int(r.y + r.height) - 2; ++y)
      for (int x = int(r.x) + 2; x < int(r.x + r.width) - 2; ++x) {
        const uint8_t* q = &p[(size_t(y) * kSize.width + size_t(x)) * 4];
        ink += q[0] + q[1] + q[2] < 3 * 90;
      }
    return ink;
  }
  StorySequence cards_;
};

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

}  // namespace

TEST(PresenterViewLayoutTest, PanelsFitTheScreenApart) {
  for (Viewport size : {Viewport{1280, 720}, Viewport{1920, 1080}, Viewport{1024, 768}}) {
    PresenterViewLayout l = presenterViewLayout(size);
    std::vector<Rect> all{l.top, l.now, l.next, l.notes};
    for (size_t i = 0; i < all.size(); ++i) {
      EXPECT_GE(all[i].x, 0);
      EXPECT_GE(all[i].y, 0);
      EXPECT_LE(all[i].x + all[i].width, size.width);
      EXPECT_LE(all[i].y + all[i].height, size.height);
      for (size_t j = i + 1; j < all.size(); ++j) EXPECT_FALSE(overlap(all[i], all[j])) << i << " " << j;
    }
    // The notes have room for several lines of their type.
    EXPECT_GT(l.notes.height, size.height / 3.0);
  }
}

TEST(PresenterViewLayoutTest, ElapsedTimeInHoursMinutesSeconds) {
  EXPECT_EQ(elapsedText(0), "00:00:00");
  EXPECT_EQ(elapsedText(3725.9), "01:02:05");
  EXPECT_EQ(elapsedText(-4), "00:00:00");
}

TEST_F(PresenterViewRenderTest, ShowsTheCurrentAndNextCardAndTheNotes) {
  size_t darien = indexOf("event:darien-tour");
  ASSERT_LT(darien + 1, cards_.size());
  ASSERT_FALSE(cards_[darien].notes.empty());
  auto pixels = render(darien);
  PresenterViewLayout l = presenterViewLayout(kSize);
  EXPECT_GT(inkIn(pixels, l.now), 2000);
  EXPECT_GT(inkIn(pixels, l.next), 500);
  EXPECT_GT(inkIn(pixels, l.notes), 2000);
  EXPECT_GT(inkIn(pixels, l.top), 300);
}

TEST_F(PresenterViewRenderTest, ACardWithoutNotesLeavesTheNotesPanelBare) {
  ASSERT_TRUE(cards_.front().notes.empty());  // the title card
  auto pixels = render(0);
  PresenterViewLayout l = presenterViewLayout(kSize);
  EXPECT_GT(inkIn(pixels, l.now), 100);  // the title card: a few short lines
  EXPECT_LT(inkIn(pixels, l.notes), 50);
}

TEST_F(PresenterViewRenderTest, TheLastCardHasNoNextCard) {
  auto pixels = render(cards_.size() - 1);
  EXPECT_LT(inkIn(pixels, presenterViewLayout(kSize).next), 50);
}
