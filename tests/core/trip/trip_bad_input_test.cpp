// Bad trip files by class: NUL bytes, syntax positions from the parser, foreign encodings,
// unprintable bytes in messages, files that are not regular files, and follow-on messages that
// would bury the first one. Each problem once, at its place.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/trip/json_text.h"
#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string exampleText() {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json& feature(json& doc, const std::string& id) {
  for (json& f : doc["features"])
    if (f["id"] == id) return f;
  throw std::runtime_error("no feature " + id);
}

std::string listing(const TripLoadResult& r) {
  std::string out;
  for (const TripProblem& p : r.problems) out += "  " + p.format() + "\n";
  return out;
}

TripLoadResult load(const std::string& text) { return loadTripFromString(text, "t.geojson"); }

// --- NUL bytes ------------------------------------------------------------------------------------

TEST(TripBadInput, NulBytesAfterAValidTripAreReportedWhereTheyStart) {
  std::string text = exampleText();
  TextPosition end = positionOfByte(text, text.size());
  TripLoadResult r = load(text + std::string(16, '\0') + "garbage");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].line, end.line);
  EXPECT_EQ(r.problems[0].column, end.column);
  EXPECT_NE(r.problems[0].message.find("NUL byte"), std::string::npos) << r.problems[0].message;
}

TEST(TripBadInput, NulInsideAStringIsLocated) {
  TripLoadResult r = load(std::string("{\n  \"a\": \"x\0y\"}", 15));
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].format().rfind("t.geojson:2:10: NUL byte", 0), 0u) << r.problems[0].format();
}

// --- positions from the parser ------------------------------------------------------------------

TEST(TripBadInput, DeepNestingIsLocatedAtTheFirstBracketTooDeep) {
  std::string text = "{\"a\":\n" + std::string(100, '[') + std::string(100, ']') + "}";
  TripLoadResult r = load(text);
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  // The object is level 1, so the 64th '[' (column 64 of line 2) is level 65.
  EXPECT_EQ(r.problems[0].format(), "t.geojson:2:64: JSON nested more than 64 levels deep");
}

TEST(TripBadInput, NumberOutOfRangeIsLocatedAtTheNumberNotAtAnEarlierCopy) {
  std::string text = "{\"title\": \"1e400 is big\",\n \"x\": 1e400}";
  TripLoadResult r = load(text);
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_EQ(r.problems[0].column, 7);
  EXPECT_NE(r.problems[0].message.find("1e400"), std::string::npos) << r.problems[0].message;
}

TEST(TripBadInput, ByteOrderMarkIsSkippedAndNotCounted) {
  TripLoadResult ok = load("\xEF\xBB\xBF" + exampleText());
  EXPECT_TRUE(ok.ok()) << listing(ok);
  TripLoadResult bad = load("\xEF\xBB\xBF{]");
  ASSERT_EQ(bad.problems.size(), 1u) << listing(bad);
  EXPECT_EQ(bad.problems[0].column, 2);
}

// --- encodings ----------------------------------------------------------------------------------

std::string widen(const std::string& ascii, int width, bool bigEndian, bool bom) {
  std::string out;
  if (bom) {
    std::string mark = width == 2 ? std::string("\xFE\xFF") : std::string("\0\0\xFE\xFF", 4);
    out = bigEndian ? mark : std::string(mark.rbegin(), mark.rend());
  }
  for (char c : ascii) {
    std::string unit(static_cast<size_t>(width), '\0');
    unit[bigEndian ? unit.size() - 1 : 0] = c;
    out += unit;
  }
  return out;
}

TEST(TripBadInput, Utf16AndUtf32AreNamedInOneMessage) {
  std::string text = exampleText();
  for (int width : {2, 4})
    for (bool bigEndian : {false, true})
      for (bool bom : {false, true}) {
        TripLoadResult r = load(widen(text, width, bigEndian, bom));
        ASSERT_EQ(r.problems.size(), 1u) << width << bigEndian << bom << "\n" << listing(r);
        EXPECT_EQ(r.problems[0].format(),
                  std::string("t.geojson:1:1: this file is UTF-") + (width == 2 ? "16" : "32") + "; save it as UTF-8");
      }
}

TEST(TripBadInput, ManyInvalidBytesGiveOneMessage) {
  TripLoadResult r = load("{\"a\": \"caf\xe9 cr\xe8me br\xfbl\xe9\"}");
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].format(), "t.geojson:1:11: invalid UTF-8 (byte 0xe9), and 3 more invalid bytes: save the "
                                    "file as UTF-8");
}

TEST(TripBadInput, MessagesAreValidUtf8OnOneLine) {
  // The bad literal's bytes are echoed by the parser, cut in the middle of "é".
  TripLoadResult r = load("{\"a\": tru\xc3\xa9}");
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  std::string text = r.problems[0].format();
  EXPECT_FALSE(firstInvalidUtf8(text).has_value()) << text;
  EXPECT_NE(text.find("\\xc3"), std::string::npos) << text;
  TripProblem withControl{"t\nx.geojson\x1b[31m", 0, 0, "a", "b", "m"};
  EXPECT_EQ(withControl.format(), "t\\x0ax.geojson\\x1b[31m: a: b: m");
}

// --- only regular files ---------------------------------------------------------------------------

TEST(TripBadInput, FifoIsNotReadAndDoesNotBlock) {
  fs::path fifo = fs::temp_directory_path() / ("itinera-trip-fifo-" + std::to_string(::getpid()));
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  TripLoadResult r = loadTrip(fifo.string());  // would block forever in open() or read()
  fs::remove(fifo);
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  EXPECT_EQ(r.problems[0].message, "not a regular file (a FIFO)");
}

TEST(TripBadInput, DevicesDirectoriesAndProcFilesAreNotRegularFiles) {
  EXPECT_EQ(loadTrip("/dev/zero").problems.at(0).message, "not a regular file (a character device)");
  EXPECT_EQ(loadTrip(ITINERA_FIXTURES).problems.at(0).message, "not a regular file (a directory)");
  if (fs::exists("/proc/self/status"))
    EXPECT_EQ(loadTrip("/proc/self/status").problems.at(0).message, "not a regular file (a /proc or /sys file)");
}

// --- one cause, one message -----------------------------------------------------------------------

TEST(TripBadInput, NotAFeatureCollectionIsTheOnlyMessage) {
  for (const char* text : {"{}", "[]", "{\"type\": \"Feature\"}", "42"}) {
    TripLoadResult r = load(text);
    ASSERT_EQ(r.problems.size(), 1u) << text << "\n" << listing(r);
    EXPECT_NE(r.problems[0].message.find("FeatureCollection"), std::string::npos);
  }
}

TEST(TripBadInput, BadPlaceGeometryIsNotBlamedOnItsLegs) {
  json doc = json::parse(exampleText());
  for (json& f : doc["features"])
    if (f["properties"]["type"] == "place") f["geometry"] = {{"type", "Point"}, {"coordinates", "here"}};
  TripLoadResult r = load(doc.dump(2));
  for (const TripProblem& p : r.problems) {
    EXPECT_EQ(p.message.find("is not at"), std::string::npos) << p.format();
    EXPECT_EQ(p.message.find("outside"), std::string::npos) << p.format();
  }
  EXPECT_FALSE(r.ok());
}

TEST(TripBadInput, MissingIdIsReportedOnceUnderItsPosition) {
  json doc = json::parse(exampleText());
  doc["features"][0].erase("id");
  TripLoadResult r = load(doc.dump(2));
  int aboutId = 0;
  for (const TripProblem& p : r.problems) aboutId += p.field == "id";
  EXPECT_EQ(aboutId, 1) << listing(r);
  EXPECT_NE(listing(r).find("features[0]: id: missing"), std::string::npos) << listing(r);
}

TEST(TripBadInput, ParentLoopIsReportedOnlyAtThePlacesOnIt) {
  json doc = json::parse(exampleText());
  json place = feature(doc, "panama-city");
  for (const char* id : {"a", "b", "c"}) {
    place["id"] = id;
    doc["features"].push_back(place);
  }
  feature(doc, "a")["properties"]["parent"] = "b";
  feature(doc, "b")["properties"]["parent"] = "a";
  feature(doc, "c")["properties"]["parent"] = "a";  // leads into the loop, is not on it
  TripLoadResult r = load(doc.dump(2));
  std::string all = listing(r);
  EXPECT_NE(all.find("t.geojson: a: properties.parent: the chain of parents comes back"), std::string::npos) << all;
  EXPECT_NE(all.find("t.geojson: b: properties.parent: the chain of parents comes back"), std::string::npos) << all;
  EXPECT_EQ(all.find(" c: "), std::string::npos) << all;
  EXPECT_EQ(all.find("levels deep"), std::string::npos) << all;
}

TEST(TripBadInput, ParentChainDeeperThanTheLimitIsReportedOnlyBelowIt) {
  json doc = json::parse(exampleText());
  json place = feature(doc, "panama-city");
  place["properties"].erase("parent");
  const int places = kMaxPlaceDepth + 2;  // p0 has kMaxPlaceDepth + 1 places above it
  for (int i = 0; i < places; ++i) {
    place["id"] = "p" + std::to_string(i);
    if (i + 1 < places) place["properties"]["parent"] = "p" + std::to_string(i + 1);
    else place["properties"].erase("parent");
    doc["features"].push_back(place);
  }
  TripLoadResult r = load(doc.dump(2));
  std::string all = listing(r);
  EXPECT_NE(all.find("t.geojson: p0: properties.parent: places nest more than 16 levels deep"), std::string::npos)
      << all;
  EXPECT_EQ(all.find(" p1: "), std::string::npos) << all;
  EXPECT_EQ(all.find("comes back"), std::string::npos) << all;
}

}  // namespace
}  // namespace itinera
