// Finding the data directory: the environment first, else the nearest ancestor holding the data.
#include "core/io/data_directory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

using namespace itinera;

TEST(DataDirectory, FoundAtOrAboveADirectory) {
  std::string source = std::filesystem::canonical(ITINERA_SOURCE_DIR).string();
  EXPECT_EQ(dataDirectoryAbove(source), source);
  EXPECT_EQ(dataDirectoryAbove(source + "/src/core/io"), source);
  EXPECT_EQ(dataDirectoryAbove("/proc/self"), "");
}

TEST(DataDirectory, TheEnvironmentComesFirst) {
  const char* saved = std::getenv("ITINERA_DATA_DIR");
  std::string keep = saved ? saved : "";
  setenv("ITINERA_DATA_DIR", "/somewhere/else", 1);
  EXPECT_EQ(findDataDirectory().value(), "/somewhere/else");
  unsetenv("ITINERA_DATA_DIR");
  // The tests run from the build tree, below the source tree that holds the data.
  auto found = findDataDirectory();
  ASSERT_TRUE(found.ok()) << found.error();
  EXPECT_TRUE(std::filesystem::exists(found.value() + "/" + kDataMarker));
  if (saved) setenv("ITINERA_DATA_DIR", keep.c_str(), 1);
}
