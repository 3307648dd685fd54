// Atomic writes replace the whole file or leave the old one untouched.
#include "core/io/atomic_file.h"

#include <gtest/gtest.h>
#include <png.h>

#include <filesystem>
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
