// Format by extension, and the size and frame-rate limits.
#include "export/video_format.h"

#include <gtest/gtest.h>

namespace itinera {
namespace {

TEST(VideoFormat, ChosenByExtensionInAnyCase) {
  EXPECT_EQ(videoFormatForPath("out/trip.mp4").value(), VideoFormat::Mp4);
  EXPECT_EQ(videoFormatForPath("TRIP.MP4").value(), VideoFormat::Mp4);
  EXPECT_EQ(videoFormatForPath("trip.gif").value(), VideoFormat::Gif);
  EXPECT_EQ(videoFormatForPath("a.b/trip.Gif").value(), VideoFormat::Gif);
}

TEST(VideoFormat, UnknownExtensionNamesOptionValue) {
  auto format = videoFormatForPath("trip.webm");
  ASSERT_FALSE(format);
  EXPECT_EQ(format.error(), "-o trip.webm: unknown video format '.webm' (expected a file name ending in .mp4 or .gif)");
  EXPECT_FALSE(videoFormatForPath("trip"));
  EXPECT_FALSE(videoFormatForPath("mp4"));
}

TEST(VideoFormat, Mp4NeedsEvenSides) {
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 1920, 1080, 30), "");
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 1921, 1080, 30),
            "--size 1921x1080: MP4 (H.264, yuv420p) needs an even width and height");
  EXPECT_NE(checkVideoSettings(VideoFormat::Mp4, 1920, 1081, 30), "");
  EXPECT_EQ(checkVideoSettings(VideoFormat::Gif, 1921, 1081, 30), "");
}

TEST(VideoFormat, SizeLimits) {
  EXPECT_NE(checkVideoSettings(VideoFormat::Gif, 0, 100, 30), "");
  EXPECT_NE(checkVideoSettings(VideoFormat::Gif, 100, -2, 30), "");
  EXPECT_NE(checkVideoSettings(VideoFormat::Mp4, 7682, 100, 30), "");
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 7680, 4320, 30), "");
}

TEST(VideoFormat, FrameRateFrom1To120) {
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 640, 360, 1), "");
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 640, 360, 120), "");
  EXPECT_EQ(checkVideoSettings(VideoFormat::Mp4, 640, 360, 0), "--fps 0: frame rate must be between 1 and 120");
  EXPECT_NE(checkVideoSettings(VideoFormat::Gif, 640, 360, 121), "");
}

}  // namespace
}  // namespace itinera
