// Option values checked before any work, and the app given the same trip checks as `validate`.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>

#include "app/map_app.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/geo/trip_area.h"

using namespace itinera;

namespace {

CommandLine parsed(const std::vector<std::string>& args) {
  auto cl = parseCommandLine(args);
  EXPECT_TRUE(cl.ok()) << cl.error();
  return cl.ok() ? cl.value() : CommandLine{};
}

const std::string kPanama = ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson";

// Runs the command line with an app that records its options instead of opening a window.
int runWithFakeApp(const std::vector<std::string>& args, std::optional<AppOptions>& launched) {
  return runCommandLine(args, [&](const AppOptions& o) {
    launched = o;
    return 0;
  });
}

}  // namespace

TEST(CliOptions, CrsMustMakeAMap) {
  EXPECT_EQ(crsOption(parsed({"validate"})).value(), "EPSG:32617");
  EXPECT_EQ(crsOption(parsed({"validate", "--crs", "EPSG:32633"})).value(), "EPSG:32633");
  for (const char* bad : {"BAD", "EPSG:0000", "EPSG:4326"}) {
    auto crs = crsOption(parsed({"validate", "--crs", bad}));
    ASSERT_FALSE(crs.ok()) << bad;
    EXPECT_EQ(crs.error().rfind("--crs: ", 0), 0u) << crs.error();
    EXPECT_NE(crs.error().find(bad), std::string::npos) << crs.error();
  }
}

TEST(CliOptions, OutputIsAPngInAWritableDirectory) {
  auto dir = std::filesystem::temp_directory_path() / "itinera-cli-options-test";
  std::filesystem::create_directories(dir);
  EXPECT_TRUE(outputOption(parsed({"render", "-o", (dir / "a.png").string()})).ok());
  EXPECT_TRUE(outputOption(parsed({"render", "-o", (dir / "A.PNG").string()})).ok());
  EXPECT_EQ(outputOption(parsed({"render", "-o", ""})).error(), "-o: '' is not a file name");
  EXPECT_EQ(outputOption(parsed({"render"})).error(), "render needs an output file: -o out.png");
  auto txt = outputOption(parsed({"render", "-o", (dir / "a.txt").string()}));
  EXPECT_NE(txt.error().find("expected a .png file name"), std::string::npos) << txt.error();
  EXPECT_FALSE(outputOption(parsed({"render", "-o", (dir / ".png").string()})).ok());
  EXPECT_FALSE(outputOption(parsed({"render", "-o", (dir / "a.png/").string()})).ok());
  auto missing = outputOption(parsed({"render", "-o", (dir / "missing" / "a.png").string()}));
  EXPECT_NE(missing.error().find("no directory"), std::string::npos) << missing.error();
  std::filesystem::remove_all(dir);
}

TEST(CliOptions, TheAppLoadsTheTripWithTheChecksOfValidate) {
  std::optional<AppOptions> launched;
  ASSERT_EQ(runWithFakeApp({kPanama, "--crs", "EPSG:32633", "--view", "canal"}, launched), 0);
  ASSERT_TRUE(launched);
  EXPECT_EQ(launched->crs, "EPSG:32633");
  EXPECT_EQ(launched->tripPath, kPanama);
  EXPECT_TRUE(launched->viewChosen);
  // UTM zone 33N is a map of Europe: the Panama trip lies outside it, for the app as for validate.
  const std::optional<LonLatBox>& area = launched->tripLoad.areaOfUse;
  ASSERT_TRUE(area);
  EXPECT_EQ(area->west, tripLoadOptions("EPSG:32633").areaOfUse->west);
  EXPECT_FALSE(Briefing::load(kPanama, {}, launched->tripLoad).ok());
  EXPECT_EQ(runValidate(parsed({"validate", kPanama, "--crs", "EPSG:32633"})), kExitFailure);
  EXPECT_TRUE(Briefing::load(kPanama, {}, tripLoadOptions(kDefaultCrs)).ok());
}

TEST(CliOptions, BadAppOptionsAreUsageErrorsBeforeTheAppStarts) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--at", "noon"}, {"--view", "atlantis"}, {"--size", "0x0"}, {"--crs", "EPSG:0000"},
        {"--sources", "/no/such/dir"}, {"--state-file", "/no/such/dir/state.json"}, {"frobnicate"}}) {
    std::optional<AppOptions> launched;
    EXPECT_EQ(runWithFakeApp(args, launched), kExitUsage) << args[0];
    EXPECT_FALSE(launched) << args[0];
  }
}

TEST(CliOptions, TheSameBadValueIsTheSameErrorInEveryVerb) {
  EXPECT_EQ(runState(parsed({"state", "--at", "noon", "--json"})), kExitUsage);
  EXPECT_EQ(runRender(parsed({"render", "--at", "noon", "-o", "/tmp/itinera-never-written.png"})), kExitUsage);
  EXPECT_EQ(runRender(parsed({"render", "--select", "atlantis", "-o", "/tmp/itinera-never-written.png"})), kExitUsage);
  EXPECT_EQ(runLocate(parsed({"locate", "--place", "atlantis"})), kExitUsage);
  EXPECT_FALSE(std::filesystem::exists("/tmp/itinera-never-written.png"));
}

TEST(CliOptions, APointTheProjectionCannotTakeIsAFailure) {
  EXPECT_EQ(runLocate(parsed({"locate", "0", "0"})), kExitFailure);
  EXPECT_EQ(runLocate(parsed({"locate", "180", "0"})), kExitFailure);
  EXPECT_EQ(runLocate(parsed({"locate", "-79.5", "9.0"})), kExitOk);
}
