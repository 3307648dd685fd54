// Atomic writes replace the whole file or leave the old one untouched.
#include "core/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/png_writer.h"

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

TEST(PngWriter, WritesAReadablePng) {
  fs::path dir = scratchDir(), file = dir / "tiny.png";
  std::vector<uint8_t> rgba(4 * 4 * 4, 200);
  ASSERT_EQ(writePngAtomically(file, 4, 4, rgba), "");
  std::string bytes = slurp(file);
  ASSERT_GT(bytes.size(), 8u);
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
  EXPECT_FALSE(fs::exists(dir / "tiny.png.aux.xml"));
  fs::remove_all(dir);
}
