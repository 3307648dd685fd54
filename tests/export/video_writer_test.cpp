// VideoWriter end to end: MP4 and GIF from synthetic frames, read back independently.
#include "export/video_writer.h"

#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "synthetic_frames.h"
#include "video_probe.h"

namespace itinera {
namespace {

namespace fs = std::filesystem;
using testing::colourBarsFrame;
using testing::probeVideo;

// A fresh directory per test; the writer must leave nothing in it but what it finished.
class VideoWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("itinera-export-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }
  size_t entries() const { return std::distance(fs::directory_iterator(dir_), fs::directory_iterator()); }

  // Writes `count` moving-bar frames; returns finish()'s message.
  std::string writeBars(const std::string& path, int width, int height, int fps, int count) {
    auto writer = VideoWriter::open(path, width, height, fps);
    if (!writer) return writer.error();
    for (int i = 0; i < count; ++i) {
      auto frame = colourBarsFrame(width, height, i);
      std::string error = writer.value()->addFrame(frame.data(), width * 4);
      if (!error.empty()) return error;
    }
    return writer.value()->finish();
  }

  fs::path dir_;
};

TEST_F(VideoWriterTest, Mp4HasCodecSizeRateFramesAndDuration) {
  std::string path = file("bars.mp4");
  ASSERT_EQ(writeBars(path, 640, 360, 30, 60), "");
  auto video = probeVideo(path);
  ASSERT_EQ(video.error, "");
  EXPECT_EQ(video.codec, "h264");
  EXPECT_EQ(video.width, 640);
  EXPECT_EQ(video.height, 360);
  EXPECT_DOUBLE_EQ(video.frameRate, 30.0);
  EXPECT_EQ(video.frames, 60);
  EXPECT_NEAR(video.durationSeconds, 2.0, 1.0 / 30);
  EXPECT_EQ(entries(), 1u) << "only the finished file remains";
}

TEST_F(VideoWriterTest, Mp4DecodedFrameMatchesInput) {
  std::string path = file("bars.mp4");
  ASSERT_EQ(writeBars(path, 640, 360, 30, 60), "");
  auto video = probeVideo(path, 37);
  ASSERT_EQ(video.frameRgb.size(), size_t(640 * 360 * 3));
  double psnr = testing::psnrRgb(colourBarsFrame(640, 360, 37), 4, video.frameRgb, 3, 640, 360);
  EXPECT_GE(psnr, 35.0);
  std::printf("MP4 frame 37 PSNR: %.1f dB\n", psnr);
}

// A held card: frames 10 to 29 repeat frame 9 without being copied in; each decodes as frame 9.
TEST_F(VideoWriterTest, RepeatedFramesDecodeAsTheFrameBefore) {
  for (const char* name : {"held.mp4", "held.gif"}) {
    std::string path = file(name);
    auto writer = VideoWriter::open(path, 320, 180, 10);
    ASSERT_TRUE(writer) << writer.error();
    EXPECT_NE(writer.value()->repeatFrame(), "") << "no frame to repeat yet";
    for (int i = 0; i < 40; ++i) {
      auto frame = colourBarsFrame(320, 180, i);
      std::string error = i >= 10 && i < 30 ? writer.value()->repeatFrame() : writer.value()->addFrame(frame.data(), 320 * 4);
      ASSERT_EQ(error, "") << name << " frame " << i;
    }
    ASSERT_EQ(writer.value()->finish(), "") << name;
    for (int kept : {20, 35}) {
      auto video = probeVideo(path, kept);
      ASSERT_EQ(video.error, "") << name;
      EXPECT_EQ(video.frames, 40) << name;
      double psnr = testing::psnrRgb(colourBarsFrame(320, 180, kept == 20 ? 9 : kept), 4, video.frameRgb, 3, 320, 180);
      EXPECT_GE(psnr, name[5] == 'm' ? 35.0 : 30.0) << name << " frame " << kept;
    }
  }
}

TEST_F(VideoWriterTest, Mp4PutsIndexFirstForStreaming) {
  std::string path = file("bars.mp4");
  ASSERT_EQ(writeBars(path, 320, 240, 30, 10), "");
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::string contents = bytes.str();
  // faststart: the index box (moov) comes before the media data (mdat).
  size_t moov = contents.find("moov"), mdat = contents.find("mdat");
  ASSERT_NE(moov, std::string::npos);
  ASSERT_NE(mdat, std::string::npos);
  EXPECT_LT(moov, mdat);
}

TEST_F(VideoWriterTest, BottomUpRowsWithNegativeStride) {
  std::string path = file("flipped.mp4");
  auto writer = VideoWriter::open(path, 320, 240, 30);
  ASSERT_TRUE(writer) << writer.error();
  // Rows stored bottom-up, as glReadPixels returns them.
  auto topDown = colourBarsFrame(320, 240, 0);
  std::vector<uint8_t> bottomUp(topDown.size());
  size_t row = 320 * 4;
  for (int y = 0; y < 240; ++y) std::copy_n(&topDown[y * row], row, &bottomUp[(239 - y) * row]);
  ASSERT_EQ(writer.value()->addFrame(&bottomUp[239 * row], -ptrdiff_t(row)), "");
  ASSERT_EQ(writer.value()->finish(), "");
  auto video = probeVideo(path, 0);
  ASSERT_FALSE(video.frameRgb.empty());
  EXPECT_GE(testing::psnrRgb(topDown, 4, video.frameRgb, 3, 320, 240), 35.0);
}

TEST_F(VideoWriterTest, GifHasFramesAndSize) {
  std::string path = file("bars.gif");
  ASSERT_EQ(writeBars(path, 320, 180, 10, 20), "");
  auto video = probeVideo(path, 5);
  ASSERT_EQ(video.error, "");
  EXPECT_EQ(video.codec, "gif");
  EXPECT_EQ(video.width, 320);
  EXPECT_EQ(video.height, 180);
  EXPECT_EQ(video.frames, 20);
  EXPECT_NEAR(video.durationSeconds, 2.0, 0.1);
  ASSERT_FALSE(video.frameRgb.empty());
  double psnr = testing::psnrRgb(colourBarsFrame(320, 180, 5), 4, video.frameRgb, 3, 320, 180);
  EXPECT_GE(psnr, 30.0);
  std::printf("GIF frame 5 PSNR: %.1f dB\n", psnr);
  EXPECT_EQ(entries(), 1u);
}

TEST_F(VideoWriterTest, GifAcceptsOddSizes) {
  std::string path = file("odd.gif");
  ASSERT_EQ(writeBars(path, 101, 57, 5, 3), "");
  auto video = probeVideo(path);
  EXPECT_EQ(video.width, 101);
  EXPECT_EQ(video.height, 57);
  EXPECT_EQ(video.frames, 3);
}

TEST_F(VideoWriterTest, UnknownExtensionNamesTheValue) {
  auto writer = VideoWriter::open(file("clip.avi"), 320, 240, 30);
  ASSERT_FALSE(writer);
  EXPECT_NE(writer.error().find("clip.avi"), std::string::npos) << writer.error();
  EXPECT_NE(writer.error().find(".mp4 or .gif"), std::string::npos) << writer.error();
  EXPECT_EQ(entries(), 0u);
}

TEST_F(VideoWriterTest, OddSizeForMp4IsRefused) {
  auto writer = VideoWriter::open(file("odd.mp4"), 641, 360, 30);
  ASSERT_FALSE(writer);
  EXPECT_NE(writer.error().find("641x360"), std::string::npos) << writer.error();
  EXPECT_EQ(entries(), 0u);
}

TEST_F(VideoWriterTest, UnwritableDirectoryGivesErrorNamingFile) {
  std::string path = file("missing/sub/clip.mp4");
  auto writer = VideoWriter::open(path, 320, 240, 30);
  ASSERT_FALSE(writer);
  EXPECT_NE(writer.error().find(path), std::string::npos) << writer.error();
  EXPECT_EQ(entries(), 0u);
}

TEST_F(VideoWriterTest, CancelLeavesNothing) {
  std::string path = file("cancelled.mp4");
  auto writer = VideoWriter::open(path, 320, 240, 30);
  ASSERT_TRUE(writer) << writer.error();
  for (int i = 0; i < 10; ++i) {
    auto frame = colourBarsFrame(320, 240, i);
    ASSERT_EQ(writer.value()->addFrame(frame.data(), 320 * 4), "");
  }
  EXPECT_EQ(entries(), 1u) << "the temporary exists while writing";
  writer.value()->cancel();
  EXPECT_EQ(entries(), 0u);
  EXPECT_NE(writer.value()->addFrame(colourBarsFrame(320, 240, 0).data(), 320 * 4), "");
}

TEST_F(VideoWriterTest, DestroyedUnfinishedLeavesNothing) {
  {
    auto writer = VideoWriter::open(file("dropped.gif"), 64, 64, 10);
    ASSERT_TRUE(writer) << writer.error();
    auto frame = colourBarsFrame(64, 64, 0);
    ASSERT_EQ(writer.value()->addFrame(frame.data(), 64 * 4), "");
  }
  EXPECT_EQ(entries(), 0u);
}

TEST_F(VideoWriterTest, FinishWithoutFramesIsAnError) {
  std::string path = file("empty.mp4");
  auto writer = VideoWriter::open(path, 320, 240, 30);
  ASSERT_TRUE(writer) << writer.error();
  std::string error = writer.value()->finish();
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_EQ(entries(), 0u);
}

// Drives writes to fail part-way (EFBIG), the way a full disk does, then checks the cleanup.
TEST_F(VideoWriterTest, WriteFailureMidwayGivesErrorAndLeavesNothing) {
  std::string path = file("big.mp4");
  auto writer = VideoWriter::open(path, 320, 240, 30);
  ASSERT_TRUE(writer) << writer.error();
  rlimit saved{};
  getrlimit(RLIMIT_FSIZE, &saved);
  auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);  // report EFBIG instead of killing the process
  rlimit small = saved;
  small.rlim_cur = 64 * 1024;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string error;
  for (int i = 0; i < 60 && error.empty(); ++i) {
    auto frame = testing::noiseFrame(320, 240, i);
    error = writer.value()->addFrame(frame.data(), 320 * 4);
  }
  if (error.empty()) error = writer.value()->finish();
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, oldHandler);
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("write failed"), std::string::npos) << error;
  writer.value()->cancel();
  EXPECT_EQ(entries(), 0u);
}

// A really full disk: a 256 KB tmpfs, mounted in a private mount namespace so no one else sees it
// and it vanishes with the process. Needs CAP_SYS_ADMIN (root in a container); skipped otherwise.
TEST_F(VideoWriterTest, FullDiskGivesErrorAndLeavesNothing) {
  if (unshare(CLONE_NEWNS) != 0) GTEST_SKIP() << "no private mount namespace: " << std::strerror(errno);
  if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    GTEST_SKIP() << "cannot make mounts private: " << std::strerror(errno);
  fs::path small = dir_ / "small";
  fs::create_directory(small);
  if (mount("tmpfs", small.c_str(), "tmpfs", 0, "size=256k") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs: " << std::strerror(errno);
  std::string path = (small / "full.mp4").string();
  std::string error;
  {
    auto writer = VideoWriter::open(path, 320, 240, 30);
    ASSERT_TRUE(writer) << writer.error();
    for (int i = 0; i < 120 && error.empty(); ++i) {
      auto frame = testing::noiseFrame(320, 240, i);
      error = writer.value()->addFrame(frame.data(), 320 * 4);
    }
    if (error.empty()) error = writer.value()->finish();
  }
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
  EXPECT_TRUE(fs::is_empty(small));
  umount2(small.c_str(), MNT_DETACH);
}

// ffprobe, a separate program, agrees with our reader (skipped when FFmpeg's tools are absent).
TEST_F(VideoWriterTest, FfprobeReadsTheMp4) {
  if (std::system("command -v ffprobe >/dev/null 2>&1") != 0) GTEST_SKIP() << "ffprobe not installed";
  std::string path = file("bars.mp4");
  ASSERT_EQ(writeBars(path, 640, 360, 30, 60), "");
  std::string command = "ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                        "stream=codec_name,width,height,avg_frame_rate,nb_read_frames,pix_fmt -of default=nw=1 '" +
                        path + "'";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::map<std::string, std::string> fields;
  char line[256];
  while (std::fgets(line, sizeof line, pipe)) {
    std::string text(line);
    auto eq = text.find('=');
    if (eq != std::string::npos) fields[text.substr(0, eq)] = text.substr(eq + 1, text.find('\n') - eq - 1);
  }
  ASSERT_EQ(pclose(pipe), 0);
  EXPECT_EQ(fields["codec_name"], "h264");
  EXPECT_EQ(fields["width"], "640");
  EXPECT_EQ(fields["height"], "360");
  EXPECT_EQ(fields["avg_frame_rate"], "30/1");
  EXPECT_EQ(fields["nb_read_frames"], "60");
  EXPECT_EQ(fields["pix_fmt"], "yuv420p");
}

}  // namespace
}  // namespace itinera
