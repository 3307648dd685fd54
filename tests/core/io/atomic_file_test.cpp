// Atomic writes replace the whole file or leave the old one untouched.
#include "core/io/atomic_file.h"

#include <gtest/gtest.h>
#include <png.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <iterator>
#include <fstream>

#include "core/io/png_writer.h"

using namespace itinera;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

fs::path scratchDir() {
  fs::path d = fs::temp_directory_path() / ("itinera-test-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

}  // namespace

TEST(AtomicFile, ReplacesContentsAndLeavesNoTemporaries) {
  fs::path dir = scratchDir(), file = dir / "state.json";
  ASSERT_EQ(writeFileAtomically(file, "old"), "");
  ASSERT_EQ(writeFileAtomically(file, "new contents"), "");
  EXPECT_EQ(slurp(file), "new contents");
  for (auto& entry : fs::directory_iterator(dir)) EXPECT_EQ(entry.path().filename(), "state.json");
  fs::remove_all(dir);
}

TEST(AtomicFile, FailureNamesTheFileAndKeepsNothingHalfWritten) {
  std::string error = writeFileAtomically("/nonexistent-dir/x.json", "data");
  EXPECT_NE(error.find("/nonexistent-dir/x.json"), std::string::npos);
}

size_t entries(const fs::path& dir) {
  return size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// A child process that starts writing `file` and is killed (SIGKILL) in the middle of it.
void killedMidWrite(const fs::path& file, TemporaryKind kind) {
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    writeAtomically(file, [](std::FILE* out) -> std::string {
      std::fputs("half of it", out);
      std::fflush(out);
      ::raise(SIGKILL);
      return "";
    }, kind);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
}

// tmpfs supports O_TMPFILE; /dev/shm is one on Linux.
fs::path tmpfsDir() {
  fs::path d = fs::path("/dev/shm") / ("itinera-test-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::create_directories(d, ec);
  return ec ? fs::path() : d;
}

TEST(AtomicFile, UnnamedWriteLeavesNothingBehindWhenKilled) {
  fs::path dir = tmpfsDir();
  if (dir.empty()) GTEST_SKIP() << "no /dev/shm";
  fs::path file = dir / "state.json";
  ASSERT_EQ(writeFileAtomically(file, "old"), "");
  size_t seenWhileWriting = 0;
  ASSERT_EQ(writeAtomically(file, [&](std::FILE* out) -> std::string {
    seenWhileWriting = entries(dir);  // the new file has no name yet
    std::fputs("new", out);
    return "";
  }), "");
  EXPECT_EQ(seenWhileWriting, 1u);
  killedMidWrite(file, TemporaryKind::Unnamed);
  EXPECT_EQ(entries(dir), 1u);
  EXPECT_EQ(slurp(file), "new");
  fs::remove_all(dir);
}

TEST(AtomicFile, NamedTemporaryOfAKilledWriterIsRemovedByTheNextWrite) {
  fs::path dir = scratchDir(), file = dir / "state.json";
  ASSERT_EQ(writeAtomically(file, [](std::FILE* out) -> std::string { return std::fputs("old", out) < 0 ? "x" : ""; },
                            TemporaryKind::Named), "");
  killedMidWrite(file, TemporaryKind::Named);
  EXPECT_EQ(entries(dir), 2u);  // the dead writer's temporary
  std::string mine = "state.json.tmp-" + std::to_string(::getpid()) + "-99";
  std::ofstream(dir / mine) << "a live process's temporary";  // ours: alive, so kept
  std::ofstream(dir / "state.json.tmp-notes") << "not our pattern";
  ASSERT_EQ(writeAtomically(file, [](std::FILE* out) -> std::string { return std::fputs("new", out) < 0 ? "x" : ""; },
                            TemporaryKind::Named), "");
  EXPECT_EQ(slurp(file), "new");
  std::set<std::string> names;
  for (auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"state.json", mine, "state.json.tmp-notes"}));
  fs::remove_all(dir);
}

TEST(AtomicFile, StaleTemporariesAreOnlyOursAndOfDeadProcesses) {
  EXPECT_FALSE(isStaleTemporary("/d/state.json", "state.json"));
  EXPECT_FALSE(isStaleTemporary("/d/state.json", "other.json.tmp-999999999-0"));
  EXPECT_FALSE(isStaleTemporary("/d/state.json", "state.json.tmp-" + std::to_string(::getpid()) + "-0"));
  EXPECT_FALSE(isStaleTemporary("/d/state.json", "state.json.tmp-1-0"));  // init is alive
  EXPECT_FALSE(isStaleTemporary("/d/state.json", "state.json.tmp-x-0"));
  EXPECT_TRUE(isStaleTemporary("/d/state.json", "state.json.tmp-999999999-3"));  // above pid_max
}

TEST(PngWriter, PixelsReadBackExactlyTopRowFirst) {
  fs::path dir = scratchDir(), file = dir / "small.png";
  const int width = 5, height = 3;
  std::vector<uint8_t> rgba(size_t(width) * height * 4);
  for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = uint8_t(i * 37 % 251);  // every channel differs
  ASSERT_EQ(writePngAtomically(file, width, height, rgba), "");
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  ASSERT_TRUE(png_image_begin_read_from_file(&image, file.c_str())) << image.message;
  EXPECT_EQ(image.width, png_uint_32(width));
  EXPECT_EQ(image.height, png_uint_32(height));
  image.format = PNG_FORMAT_RGBA;
  std::vector<uint8_t> back(PNG_IMAGE_SIZE(image));
  ASSERT_TRUE(png_image_finish_read(&image, nullptr, back.data(), 0, nullptr)) << image.message;
  EXPECT_EQ(back, rgba);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);  // no temporary left
  fs::remove_all(dir);
}

TEST(PngWriter, FailureNamesTheFileAndLeavesNothing) {
  std::vector<uint8_t> rgba(4 * 2 * 2, 0);
  std::string error = writePngAtomically("/nonexistent-dir/map.png", 2, 2, rgba);
  EXPECT_NE(error.find("/nonexistent-dir/map.png"), std::string::npos);
  EXPECT_NE(writePngAtomically("too-few.png", 3, 3, rgba).find("do not match 3x3"), std::string::npos);
  EXPECT_FALSE(fs::exists("too-few.png"));
}
