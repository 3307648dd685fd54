// The slider's track picture: shapes painted where they are, crisp vertical lines, and a new
// picture only when the shapes change.
#include <gtest/gtest.h>

#include "ui/track_picture.h"

using namespace itinera;

namespace {

uint32_t at(const BackdropPicture& p, int x, int y) { return p.pixels[size_t(y) * size_t(p.width) + size_t(x)]; }

}  // namespace

TEST(TrackPicture, PaintsFillsAndCrispLinesFromTheTracksTopLeft) {
  TrackShapes shapes({100.4f, 50.6f}, {140, 70});  // whole pixels from (100, 50) to (140, 70)
  shapes.fill({100, 50}, {140, 70}, IM_COL32(10, 20, 30, 255));
  shapes.fill({110, 55}, {120, 60}, IM_COL32(200, 100, 0, 255));
  shapes.line({130.3f, 50}, {130.3f, 70}, IM_COL32(255, 255, 255, 255), 1);
  TrackPicture picture;
  const BackdropPicture& p = picture.paint(shapes);
  ASSERT_EQ(p.width, 40);
  ASSERT_EQ(p.height, 20);
  EXPECT_EQ(at(p, 0, 0), 0xff0a141eu);  // ARGB
  EXPECT_EQ(at(p, 15, 7), 0xffc86400u);
  EXPECT_EQ(at(p, 30, 10), 0xffffffffu);  // the line fills one column ...
  EXPECT_EQ(at(p, 29, 10), 0xff0a141eu);  // ... and nothing beside it
  EXPECT_EQ(at(p, 31, 10), 0xff0a141eu);
}

TEST(TrackPicture, RepaintsOnlyWhenTheShapesChange) {
  auto shapes = [](ImU32 colour) {
    TrackShapes s({0, 0}, {20, 10});
    s.fill({0, 0}, {20, 10}, colour);
    s.hatch({5, 0}, {15, 10}, IM_COL32(0, 0, 0, 70), 4);
    return s;
  };
  TrackPicture picture;
  uint64_t first = picture.paint(shapes(IM_COL32(1, 2, 3, 255))).serial;
  EXPECT_EQ(picture.paint(shapes(IM_COL32(1, 2, 3, 255))).serial, first);
  EXPECT_NE(picture.paint(shapes(IM_COL32(9, 2, 3, 255))).serial, first);
  EXPECT_EQ(at(picture.picture(), 0, 0), 0xff090203u);
}
