// Loading a trip checks its citations against the cited files at hand: sha256, UTF-8, paragraph
// and span, each at the item and field; an absent file is a note; each file is read once.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/trip/sha256.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_sources.h"

namespace itinera {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string listing(const TripLoadResult& r) {
  std::string out;
  for (const TripProblem& p : r.problems) out += "  " + p.format() + "\n";
  return out;
}

// A copy of the example trip in a directory of its own, with its source file beside it.
class CitationCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("itinera-citations-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    doc_ = json::parse(readAll(ITINERA_FIXTURES "/trips/minimal.geojson"));
    source_ = readAll(ITINERA_FIXTURES "/trips/example-source.txt");
  }
  void TearDown() override { fs::remove_all(dir_); }

  TripLoadResult load(bool withSource = true) {
    if (withSource) std::ofstream(dir_ / "example-source.txt", std::ios::binary) << source_;
    std::ofstream(dir_ / "trip.geojson", std::ios::binary) << doc_.dump(2);
    return loadTrip((dir_ / "trip.geojson").string());
  }
  json& sourceRecord() { return doc_["trip"]["sources"][0]; }

  fs::path dir_;
  json doc_;
  std::string source_;
};

TEST_F(CitationCheck, TheExampleWithItsSourcePasses) {
  TripLoadResult r = load();
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.problems.empty()) << listing(r);
}

TEST_F(CitationCheck, AbsentSourceIsANoteAndTheTripLoads) {
  TripLoadResult r = load(false);
  EXPECT_TRUE(r.ok()) << listing(r);
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_TRUE(r.problems[0].note);
  EXPECT_EQ(r.problems[0].item, "source example-release");
  EXPECT_NE(r.problems[0].format().find("file: note: \"example-source.txt\" is not found"), std::string::npos)
      << r.problems[0].format();
}

TEST_F(CitationCheck, AlteredSourceFailsAtItsSha256) {
  source_ += "One more line.\n";
  TripLoadResult r = load();
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].item, "source example-release");
  EXPECT_EQ(r.problems[0].field, "sha256");
}

TEST_F(CitationCheck, ParagraphAndSpanAreCheckedAtTheirFields) {
  doc_["trip"]["people"][0]["citations"][0]["paragraph"] = 3;
  doc_["trip"]["people"][1]["citations"][0]["end"] = 500;
  TripLoadResult r = load();
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 2u) << listing(r);
  EXPECT_EQ(r.problems[0].format(),
            r.problems[0].file + ": person ana: citations[0].paragraph: paragraph 3 does not exist in example-release "
                                 "(it has 2)");
  EXPECT_EQ(r.problems[1].item, "person luis");
  EXPECT_EQ(r.problems[1].field, "citations[0].end");
}

TEST_F(CitationCheck, SourceThatIsNotUtf8IsReportedBeforeAnyCharacterIsCounted) {
  source_ = "Director Ana Exampl\xe9 flew to Panama City on 3 May 2021.\n";
  sourceRecord()["sha256"] = sha256Hex(source_);
  TripLoadResult r = load();
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].field, "file");
  EXPECT_NE(r.problems[0].message.find("is not valid UTF-8 (line 1, column 20)"), std::string::npos)
      << r.problems[0].format();
}

TEST_F(CitationCheck, SourceThatIsAFifoIsRefusedWithoutBlocking) {
  ASSERT_EQ(::mkfifo((dir_ / "example-source.txt").c_str(), 0600), 0);
  TripLoadResult r = load(false);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_NE(r.problems[0].message.find("not a regular file (a FIFO)"), std::string::npos) << r.problems[0].format();
}

TEST_F(CitationCheck, EachSourceFileIsReadOnceNotPerCitation) {
  TripLoadResult r = load();
  ASSERT_TRUE(r.ok()) << listing(r);
  size_t before = sourceFilesRead();
  const Trip& trip = *r.trip;
  std::vector<std::string> dirs = defaultSourceDirs((dir_ / "trip.geojson").string());
  int passages = 0;
  forEachCitation(trip, [&](const std::string&, const std::string&, const Citation& c) {
    if (c.hasSpan()) passages += citedPassage(*trip.source(c.source), c, dirs).has_value();
  });
  EXPECT_GT(passages, 5);
  EXPECT_TRUE(verifyCitations(trip, dirs).empty());
  EXPECT_EQ(sourceFilesRead(), before);  // read while loading; unchanged since
}

}  // namespace
}  // namespace itinera
