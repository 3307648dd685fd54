// Label placement: no overlaps, inside the view, important labels first.
#include "core/layout/label_layout.h"

#include <gtest/gtest.h>

using namespace itinera;

namespace {

Camera testCamera() {
  Camera c;
  c.center = {0, 0};
  c.metresPerPixel = 100;
  c.viewport = {800, 600};
  return c;
}

ScreenPoint fixedSize(const std::string& text, const std::string&) { return {8.0 * text.size(), 16}; }

}  // namespace

TEST(LabelLayout, PlacedLabelsNeverOverlap) {
  std::vector<LabelCandidate> labels;
  for (int i = 0; i < 60; ++i) labels.push_back({"Town " + std::to_string(i), "town", 3, {i * 700.0 - 20000, (i % 7) * 900.0}});
  auto placed = layoutLabels(labels, testCamera(), fixedSize);
  ASSERT_FALSE(placed.empty());
  for (size_t i = 0; i < placed.size(); ++i)
    for (size_t j = i + 1; j < placed.size(); ++j) {
      ScreenRect a{placed[i].topLeft.x, placed[i].topLeft.y, placed[i].topLeft.x + placed[i].width,
                   placed[i].topLeft.y + placed[i].height};
      ScreenRect b{placed[j].topLeft.x, placed[j].topLeft.y, placed[j].topLeft.x + placed[j].width,
                   placed[j].topLeft.y + placed[j].height};
      EXPECT_FALSE(a.overlaps(b)) << placed[i].candidate->text << " / " << placed[j].candidate->text;
    }
  EXPECT_LT(placed.size(), labels.size());  // crowded: some had to give way
}

TEST(LabelLayout, HigherRankWinsAConflict) {
  std::vector<LabelCandidate> labels = {{"Minor", "water", 5, {0, 0}}, {"Capital", "water", 1, {0, 0}}};
  auto placed = layoutLabels(labels, testCamera(), fixedSize);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].candidate->text, "Capital");
}

TEST(LabelLayout, TownLabelMovesAsideToAvoidAnObstacle) {
  std::vector<LabelCandidate> labels = {{"Metetí", "town", 2, {0, 0}}};
  ScreenRect rightOfDot{404, 280, 500, 320};
  auto placed = layoutLabels(labels, testCamera(), fixedSize, {rightOfDot});
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_LT(placed[0].topLeft.x + placed[0].width, 400);  // moved to the left of the dot
  EXPECT_TRUE(placed[0].hasDot);
}

TEST(LabelLayout, LabelsOutsideTheViewAreDropped) {
  std::vector<LabelCandidate> labels = {{"Far", "water", 1, {1e7, 0}}};
  EXPECT_TRUE(layoutLabels(labels, testCamera(), fixedSize).empty());
}

TEST(LabelLayout, LesserPlacesAppearOnlyWhenZoomedIn) {
  LabelCandidate country{"Colombia", "country", 1, {0, 0}}, quarter{"Casco Antiguo", "town", 5, {0, 0}};
  EXPECT_TRUE(labelVisibleAtScale(country, 400));
  EXPECT_FALSE(labelVisibleAtScale(country, 20));
  EXPECT_FALSE(labelVisibleAtScale(quarter, 400));
  EXPECT_TRUE(labelVisibleAtScale(quarter, 20));
}

// The current event's place is named whatever crowds it: before any other label, and even
// where every position it could take is covered (by its neighbours' markers).
TEST(LabelLayout, ALabelPlacedAlwaysIsPlacedFirstAndDespiteObstacles) {
  LabelCandidate current{"Palacio Bolívar", "trip", 0, {0, 0}, 6};
  current.always = true;
  std::vector<LabelCandidate> labels = {{"Casco Viejo", "trip", 0, {0, 0}, 6}, current};
  // Markers all around the anchor, at the view's centre (400, 300).
  std::vector<ScreenRect> markers{{250, 250, 550, 350}, {350, 150, 450, 450}};
  auto placed = layoutLabels(labels, testCamera(), fixedSize, markers);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].candidate->text, "Palacio Bolívar");
  // Where a position is clear, it takes it and the other yields.
  placed = layoutLabels(labels, testCamera(), fixedSize);
  ASSERT_GE(placed.size(), 1u);
  EXPECT_EQ(placed[0].candidate->text, "Palacio Bolívar");
  // Not marked always, it would give way to the obstacles.
  labels[1].always = false;
  EXPECT_TRUE(layoutLabels({labels[1]}, testCamera(), fixedSize, markers).empty());
}
