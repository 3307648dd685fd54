// The state file: its fields, and that it is rewritten only when something changed.
#include "core/io/app_state.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace itinera;
namespace fs = std::filesystem;

TEST(AppState, JsonHasTheDocumentedFields) {
  AppState s;
  s.time = "2022-04-19T12:00:00-05:00";
  s.selectedPlace = "darien";
  s.playing = true;
  auto j = nlohmann::json::parse(toJson(s));
  EXPECT_EQ(j["time"], "2022-04-19T12:00:00-05:00");
  EXPECT_EQ(j["selected_place"], "darien");
  EXPECT_EQ(j["playing"], true);
  EXPECT_EQ(j["presenter"], false);
  EXPECT_TRUE(nlohmann::json::parse(toJson(AppState{}))["selected_place"].is_null());
  EXPECT_TRUE(nlohmann::json::parse(toJson(AppState{}))["toolbar"].is_null());  // hidden
  s.toolbar = {10, 10, 400, 78};
  EXPECT_EQ(nlohmann::json::parse(toJson(s))["toolbar"], nlohmann::json({10, 10, 400, 78}));
  EXPECT_TRUE(nlohmann::json::parse(toJson(s))["more_views"].is_null());  // every view a button
  s.moreViews = {360, 18, 96, 27};
  EXPECT_EQ(nlohmann::json::parse(toJson(s))["more_views"], nlohmann::json({360, 18, 96, 27}));
  EXPECT_TRUE(nlohmann::json::parse(toJson(s))["slider"]["track"].is_null());
  s.sliderTrack = {0, 700, 1280, 60};
  s.dayButtons = {{"Mon 18 Apr", 40, 690}};
  auto slider = nlohmann::json::parse(toJson(s))["slider"];
  EXPECT_EQ(slider["track"], nlohmann::json({0, 700, 1280, 60}));
  EXPECT_EQ(slider["days"][0]["label"], "Mon 18 Apr");
  EXPECT_EQ(slider["days"][0]["x"], 40);
  EXPECT_TRUE(nlohmann::json::parse(toJson(s))["pointer"].is_null());  // not over the window
  s.pointer = {126, 228};
  EXPECT_EQ(nlohmann::json::parse(toJson(s))["pointer"], nlohmann::json({126, 228}));
}

TEST(AppState, ExportStatusIsInTheJson) {
  AppState s;
  auto idle = nlohmann::json::parse(toJson(s))["export"];
  EXPECT_EQ(idle["status"], "idle");
  EXPECT_TRUE(idle["path"].is_null());
  EXPECT_EQ(idle["dialog"], false);
  s.exportJob = {"running", 12, 30, "", "", true, {{"Cancel", 640, 420}}};
  auto running = nlohmann::json::parse(toJson(s))["export"];
  EXPECT_EQ(running["status"], "running");
  EXPECT_EQ(running["done"], 12);
  EXPECT_EQ(running["total"], 30);
  EXPECT_EQ(running["controls"][0]["label"], "Cancel");
  s.exportJob = {"failed", 0, 0, "", "-o out.mp4: no directory 'x'", false, {}};
  EXPECT_EQ(nlohmann::json::parse(toJson(s))["export"]["message"], "-o out.mp4: no directory 'x'");
}

TEST(StateFileWriter, WritesOnChangeOnly) {
  fs::path file = fs::temp_directory_path() / ("itinera-state-" + std::to_string(getpid()) + ".json");
  StateFileWriter writer(file.string());
  AppState s;
  ASSERT_EQ(writer.update(s), "");
  ASSERT_TRUE(fs::exists(file));
  fs::remove(file);
  ASSERT_EQ(writer.update(s), "");
  EXPECT_FALSE(fs::exists(file));  // unchanged: not rewritten
  s.presenter = true;
  ASSERT_EQ(writer.update(s), "");
  std::ifstream in(file);
  EXPECT_EQ(nlohmann::json::parse(in)["presenter"], true);
  fs::remove(file);
}

TEST(StateFileWriter, AFrameDrawnAloneDoesNotRewriteTheFileButAFlushDoes) {
  fs::path file = fs::temp_directory_path() / ("itinera-frames-" + std::to_string(getpid()) + ".json");
  StateFileWriter writer(file.string());
  AppState s;
  s.framesDrawn = 1;
  ASSERT_EQ(writer.update(s), "");
  fs::remove(file);
  s.framesDrawn = 2;
  ASSERT_EQ(writer.update(s), "");
  EXPECT_FALSE(fs::exists(file));  // only the frame count changed
  ASSERT_EQ(writer.flush(s), "");  // idle: the final count is written
  ASSERT_TRUE(fs::exists(file));
  EXPECT_EQ(nlohmann::json::parse(std::ifstream(file))["frames_drawn"], 2);
  fs::remove(file);
  ASSERT_EQ(writer.flush(s), "");
  EXPECT_FALSE(fs::exists(file));  // nothing new to flush
  s.framesDrawn = 3;
  s.playing = true;
  ASSERT_EQ(writer.update(s), "");
  EXPECT_EQ(nlohmann::json::parse(std::ifstream(file))["frames_drawn"], 3);
  fs::remove(file);
}

TEST(StateFileWriter, AWriteErrorIsReportedOnce) {
  StateFileWriter writer((fs::temp_directory_path() / "itinera-no-such-dir" / "state.json").string());
  AppState s;
  EXPECT_NE(writer.update(s), "");
  s.playing = true;
  EXPECT_EQ(writer.update(s), "");  // the same failure again: already said
  s.playing = false;
  EXPECT_EQ(writer.update(s), "");
}

TEST(AppStateJson, ThePresenterViewIsOpenWithItsWindowOrClosed) {
  auto closed = nlohmann::json::parse(toJson(AppState{}))["presenter_view"];
  EXPECT_EQ(closed["open"], false);
  EXPECT_TRUE(closed["window_id"].is_null());
  EXPECT_TRUE(closed["title"].is_null());
  AppState s;
  s.presenterView = true;
  s.presenterViewWindow = 4194311;
  s.presenterViewTitle = "Itinera - presenter view";
  auto open = nlohmann::json::parse(toJson(s))["presenter_view"];
  EXPECT_EQ(open["open"], true);
  EXPECT_EQ(open["window_id"], 4194311);
  EXPECT_EQ(open["title"], "Itinera - presenter view");
}
