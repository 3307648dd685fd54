// Positions and UTF-8 helpers used for trip messages and citations.
#include <gtest/gtest.h>

#include "core/trip/json_text.h"
#include "core/geo/trip_area.h"

namespace itinera {
namespace {

TEST(TripJsonText, PositionOfByte) {
  std::string text = "ab\nDarién\nx";
  EXPECT_EQ(positionOfByte(text, 0).line, 1);
  EXPECT_EQ(positionOfByte(text, 3).line, 2);
  EXPECT_EQ(positionOfByte(text, 3).column, 1);
  EXPECT_EQ(positionOfByte(text, 10).column, 7);  // the '\n' after "Darién": 6 code points, 7 bytes
  EXPECT_EQ(positionOfByte(text, 999).line, 3);
}

TEST(TripJsonText, Utf8Validation) {
  EXPECT_EQ(firstInvalidUtf8("Panamá “Catín” 😀"), std::nullopt);
  EXPECT_EQ(firstInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(firstInvalidUtf8("\xc3"), 0u);
  EXPECT_EQ(firstInvalidUtf8("\xe0\x80\x80"), 0u);  // overlong
}

TEST(TripJsonText, CodePointSlices) {
  EXPECT_EQ(codePointCount("Metetí"), 6u);
  EXPECT_EQ(codePointSlice("“Catín” Vásquez", 1, 6), "Catín");
  EXPECT_EQ(codePointSlice("abc", 3, 3), "");
  EXPECT_EQ(codePointSlice("abc", 2, 4), std::nullopt);
  EXPECT_EQ(codePointSlice("abc", 2, 1), std::nullopt);
}

TEST(TripArea, Utm17AreaOfUseFromProj) {
  auto box = crsAreaOfUse("EPSG:32617");
  ASSERT_TRUE(box);
  EXPECT_DOUBLE_EQ(box->west, -84);
  EXPECT_DOUBLE_EQ(box->east, -78);
  EXPECT_DOUBLE_EQ(box->south, 0);
  EXPECT_DOUBLE_EQ(box->north, 84);
  EXPECT_FALSE(box->contains({-77.9, 8.5}));  // Metetí lies east of the zone
  auto wide = crsAreaOfUse("EPSG:32617", 1.5);
  ASSERT_TRUE(wide);
  EXPECT_TRUE(wide->contains({-77.2, 7.3}));
  EXPECT_FALSE(crsAreaOfUse("EPSG:999999"));
}

}  // namespace
}  // namespace itinera
