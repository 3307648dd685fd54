// Cited passages: paragraphs, spans, sha256; the real trip cites every paragraph of the press
// release, within its paragraphs, and copies no long run of words from its sources.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/trip/json_text.h"
#include "core/trip/sha256.h"
#include "core/trip/trip_loader.h"
#include "core/trip/trip_sources.h"

namespace itinera {
namespace {

namespace fs = std::filesystem;

const std::string kSharedSources = ITINERA_SOURCE_DIR "/../shared/sources";
const std::string kPressRelease = kSharedSources + "/press-release-2022-04-21.txt";
const std::string kTripFile = ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson";
const std::string kFixtures = ITINERA_FIXTURES "/trips";

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Trip loadOrDie(const std::string& path) {
  TripLoadResult r = loadTrip(path);
  if (!r.ok()) {
    for (const TripProblem& p : r.problems) ADD_FAILURE() << p.format();
    throw std::runtime_error("cannot load " + path);
  }
  return *r.trip;
}

TEST(TripSources, ParagraphsAreSeparatedByBlankLines) {
  auto p = sourceParagraphs(" first line\nsecond line\n\n  \t\nthird\r\n\r\nfourth\n\n\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0], " first line\nsecond line");
  EXPECT_EQ(p[1], "third");
  EXPECT_EQ(p[2], "fourth");
  EXPECT_TRUE(sourceParagraphs("\n\n").empty());
}

TEST(TripSources, CitedPassageOfTheExample) {
  Trip trip = loadOrDie(kFixtures + "/minimal.geojson");
  const Source* src = trip.source("example-release");
  ASSERT_NE(src, nullptr);
  Citation c = trip.person("ana")->citations[0];
  EXPECT_EQ(citedPassage(*src, c, defaultSourceDirs(kFixtures + "/minimal.geojson")), "Director Ana Example");
  EXPECT_TRUE(verifyCitations(trip, defaultSourceDirs(kFixtures + "/minimal.geojson")).empty());
}

TEST(TripSources, CitedPassageCountsCodePoints) {
  fs::path dir = fs::temp_directory_path() / "itinera-trip-sources";
  fs::create_directories(dir);
  std::string text = "Darién and Metetí\n\nPanamá\n";
  std::ofstream(dir / "s.txt", std::ios::binary) << text;
  Source s{"s", "t", "p", "", "s.txt", sha256Hex(text), "", ""};
  EXPECT_EQ(citedPassage(s, Citation{"s", 1, 11, 17}, {dir.string()}), "Metetí");
  EXPECT_EQ(citedPassage(s, Citation{"s", 2, 0, 6}, {dir.string()}), "Panamá");
  EXPECT_EQ(citedPassage(s, Citation{"s", 2, 0, 7}, {dir.string()}), std::nullopt);  // past the paragraph
  EXPECT_EQ(citedPassage(s, Citation{"s", 3, 0, 1}, {dir.string()}), std::nullopt);  // no such paragraph
  fs::remove_all(dir);
}

TEST(TripSources, AbsentOrAlteredFileGivesNoPassage) {
  Trip trip = loadOrDie(kFixtures + "/minimal.geojson");
  const Source& src = *trip.source("example-release");
  Citation c = trip.person("ana")->citations[0];
  EXPECT_EQ(citedPassage(src, c, {}), std::nullopt);
  EXPECT_EQ(citedPassage(src, c, {"/nonexistent"}), std::nullopt);
  fs::path dir = fs::temp_directory_path() / "itinera-trip-altered";
  fs::create_directories(dir);
  std::ofstream(dir / "example-source.txt", std::ios::binary) << "Director Ana Example flew elsewhere.\n";
  EXPECT_EQ(citedPassage(src, c, {dir.string()}), std::nullopt);
  std::vector<TripProblem> problems = verifyCitations(trip, {dir.string()});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].item, "source example-release");
  EXPECT_EQ(problems[0].field, "sha256");
  EXPECT_NE(problems[0].message.find("not the one recorded"), std::string::npos) << problems[0].format();
  fs::remove_all(dir);
}

TEST(TripSources, SpanPastItsParagraphIsReported) {
  Trip trip = loadOrDie(kFixtures + "/minimal.geojson");
  trip.events[0].citations[0].end = 5000;
  trip.events[1].citations[0].paragraph = 7;
  std::vector<TripProblem> problems = verifyCitations(trip, defaultSourceDirs(kFixtures + "/minimal.geojson"));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].message.find("runs past paragraph 1"), std::string::npos) << problems[0].format();
  EXPECT_EQ(problems[0].field, "properties.citations[0].end");
  EXPECT_NE(problems[1].message.find("paragraph 7 does not exist"), std::string::npos) << problems[1].format();
  EXPECT_EQ(problems[1].field, "properties.citations[0].paragraph");
}

// --- the real trip against the real press release ----------------------------------------------

class PanamaSources : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kPressRelease))
      GTEST_SKIP() << "the press release is not at " << kPressRelease << "; source checks skipped";
  }
};

TEST_F(PanamaSources, RecordedSha256MatchesTheFile) {
  Trip trip = loadOrDie(kTripFile);
  const Source* src = trip.source("dhs-2022-04-21");
  ASSERT_NE(src, nullptr);
  EXPECT_EQ(src->sha256, "7714a76d205536441878ffbcf5a7b458edc75dd6a713cf1529d130a06a3b2629");
  EXPECT_EQ(sha256Hex(readAll(kPressRelease)), src->sha256);
  EXPECT_EQ(sourceParagraphs(readAll(kPressRelease)).size(), 9u);
}

TEST_F(PanamaSources, TheBundledTripValidatesWithItsSourcesAtHand) {
  TripLoadOptions options;
  options.sourceDirs = {kSharedSources};
  TripLoadResult r = loadTrip(kTripFile, options);
  EXPECT_TRUE(r.ok());
  for (const TripProblem& p : r.problems) ADD_FAILURE() << p.format();
}

TEST_F(PanamaSources, EveryCitedSpanLiesInsideItsParagraph) {
  Trip trip = loadOrDie(kTripFile);
  std::vector<TripProblem> problems = verifyCitations(trip, {kSharedSources});
  for (const TripProblem& p : problems) ADD_FAILURE() << p.format();
  int spans = 0;
  forEachCitation(trip, [&](const std::string&, const std::string&, const Citation& c) {
    if (!c.hasSpan()) return;
    ++spans;
    auto passage = citedPassage(*trip.source(c.source), c, {kSharedSources});
    EXPECT_TRUE(passage && !passage->empty()) << c.source << " " << c.paragraph << ":" << c.start << "-" << c.end;
  });
  EXPECT_GT(spans, 50);
}

TEST_F(PanamaSources, EveryParagraphOfThePressReleaseIsCited) {
  Trip trip = loadOrDie(kTripFile);
  std::set<int> cited;
  forEachCitation(trip, [&](const std::string&, const std::string&, const Citation& c) {
    if (c.source == "dhs-2022-04-21") cited.insert(c.paragraph);
  });
  size_t paragraphs = sourceParagraphs(readAll(kPressRelease)).size();
  for (int p = 1; p <= static_cast<int>(paragraphs); ++p) EXPECT_TRUE(cited.count(p)) << "paragraph " << p << " is not cited";
}

// Lowercase words (letters and digits, any script), with typographic apostrophes folded.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (text.compare(i, 3, "\xe2\x80\x99") == 0) {  // ’
      current += '\'';
      i += 2;
    } else if (std::isalnum(c) || c >= 0x80 || c == '\'') {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::set<std::string> runsOf(const std::string& text, size_t n) {
  std::vector<std::string> w = words(text);
  std::set<std::string> runs;
  for (size_t i = 0; i + n <= w.size(); ++i) {
    std::string run;
    for (size_t k = 0; k < n; ++k) run += w[i + k] + " ";
    runs.insert(run);
  }
  return runs;
}

// Every string of the file except names and titles: source titles, and the name, name_es,
// role and source_spelling of people, organisations and places (official names may be long).
bool isName(const std::string& path) {
  for (const char* key : {"/name", "/name_es", "/role", "/source_spelling"})
    if (path.size() >= std::strlen(key) && path.compare(path.size() - std::strlen(key), std::string::npos, key) == 0)
      return true;
  return path.find("/sources/") != std::string::npos;
}

void collectStrings(const nlohmann::json& j, const std::string& path, std::vector<std::string>& out) {
  if (j.is_string() && !isName(path)) out.push_back(j.get<std::string>());
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) collectStrings(it.value(), path + "/" + it.key(), out);
  if (j.is_array())
    for (const nlohmann::json& e : j) collectStrings(e, path + "/", out);
}

TEST_F(PanamaSources, NoTextCopiesEightWordsFromASource) {
  std::set<std::string> sourceRuns = runsOf(readAll(kPressRelease), 8);
  std::set<std::string> noteRuns = runsOf(readAll(kSharedSources + "/CORROBORATION.md"), 8);
  sourceRuns.insert(noteRuns.begin(), noteRuns.end());
  ASSERT_GT(sourceRuns.size(), 500u);
  std::vector<std::string> strings;
  collectStrings(nlohmann::json::parse(readAll(kTripFile)), "", strings);
  ASSERT_GT(strings.size(), 100u);
  for (const std::string& s : strings)
    for (const std::string& run : runsOf(s, 8))
      EXPECT_EQ(sourceRuns.count(run), 0u) << "copied words \"" << run << "\" in: " << s;
}

TEST_F(PanamaSources, TheCopyCheckWouldCatchACopiedSentence) {
  std::set<std::string> sourceRuns = runsOf(readAll(kPressRelease), 8);
  std::string copied = "Mayorkas saw firsthand where desperate and too-often exploited migrants attempt the treacherous journey";
  bool caught = false;
  for (const std::string& run : runsOf(copied, 8)) caught = caught || sourceRuns.count(run);
  EXPECT_TRUE(caught);
}

// --- SHA-256 ------------------------------------------------------------------------------------

TEST(TripSha256, KnownVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(sha256Hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

}  // namespace
}  // namespace itinera
