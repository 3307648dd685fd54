// A briefing holds its trip as shared, immutable versions: a holder of an older version keeps
// it across a commit, and cited passages are read when a version is committed, not when shown.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "core/story/briefing.h"
#include "core/trip/trip_sources.h"
#include "test_trips.h"

namespace itinera {
namespace {

const std::string kSharedSources = ITINERA_SOURCE_DIR "/../shared/sources";

std::unique_ptr<Briefing> panamaBriefing() {
  auto loaded = Briefing::load(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson", {kSharedSources});
  EXPECT_TRUE(loaded.ok()) << loaded.error();
  return loaded.ok() ? std::move(loaded.value()) : nullptr;
}

TEST(Briefing, AnOlderVersionOutlivesACommit) {
  auto briefing = panamaBriefing();
  ASSERT_TRUE(briefing);
  std::shared_ptr<const TripSnapshot> before = briefing->snapshot();
  const Event* tour = before->trip().event("darien-tour");
  ASSERT_TRUE(tour);
  briefing->playback().seek(double(tour->time.start.utc));

  Trip edited = before->trip();
  std::erase_if(edited.events, [](const Event& e) { return e.id == "darien-tour"; });
  briefing->commit(TripSnapshot::make(std::move(edited), before->clock()));

  EXPECT_NE(briefing->snapshot()->version(), before->version());
  EXPECT_EQ(briefing->trip().event("darien-tour"), nullptr);
  EXPECT_EQ(before->trip().event("darien-tour"), tour);  // the old version is intact
  EXPECT_EQ(before->timeline().eventAt(tour->time.start.utc + 60), tour);
  EXPECT_EQ(briefing->playback().time(), tour->time.start.utc);  // the clock keeps its time
}

TEST(Briefing, JumpingToAnEventPausesAtItsStop) {
  auto briefing = panamaBriefing();
  ASSERT_TRUE(briefing);
  const Event* tour = briefing->trip().event("darien-tour");
  const Event* signing = briefing->trip().event("signing-arrangement");  // its hour is not known
  ASSERT_TRUE(tour && signing);
  briefing->playback().setPlaying(true);
  ASSERT_TRUE(briefing->jumpTo(*signing));
  EXPECT_FALSE(briefing->playback().playing());
  EXPECT_EQ(briefing->playback().time(), *briefing->timeline().stopFor(*signing));
  EXPECT_NE(briefing->playback().time(), signing->time.start.utc) << "no nominal hour";
  ASSERT_TRUE(briefing->jumpTo(*tour));
  EXPECT_EQ(briefing->playback().time(), *briefing->timeline().stopFor(*tour));
}

TEST(Briefing, PassagesAreReadWhenTheVersionIsCommittedNotWhenShown) {
  namespace fs = std::filesystem;
  if (!fs::exists(kSharedSources)) GTEST_SKIP() << "no sources at " << kSharedSources;
  fs::path copy = fs::temp_directory_path() / ("itinera-briefing-" + std::to_string(::getpid()));
  fs::create_directories(copy);
  fs::copy(kSharedSources, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  auto loaded = Briefing::load(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson", {copy.string()});
  fs::remove_all(copy);  // shown from here on: nothing may need the files now
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  const Briefing& briefing = *loaded.value();
  int shown = 0;
  forEachCitation(briefing.trip(), [&](const std::string&, const std::string&, const Citation& c) {
    shown += briefing.passage(c).has_value();
  });
  EXPECT_GT(shown, 3);
}

TEST(TripLookups, AnswerAlikeIndexedAndAfterAnUnindexedChange) {
  Trip trip = test::panama();
  ASSERT_TRUE(trip.place("panama-city"));
  EXPECT_EQ(trip.place("panama-city")->id, "panama-city");
  EXPECT_EQ(trip.place("nowhere"), nullptr);
  trip.places.insert(trip.places.begin(), Place{});  // shifts every place; no reindex yet
  trip.places.front().id = "nowhere";
  EXPECT_EQ(trip.place("nowhere"), &trip.places.front());
  EXPECT_EQ(trip.place("panama-city")->id, "panama-city");
  trip.reindex();
  EXPECT_EQ(trip.place("nowhere"), &trip.places.front());
  EXPECT_EQ(trip.place("panama-city")->id, "panama-city");
  EXPECT_EQ(trip.traveller("mayorkas")->person, "mayorkas");
}

}  // namespace
}  // namespace itinera
