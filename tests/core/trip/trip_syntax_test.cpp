// Bytes that are not a trip: JSON syntax errors with exact line:column, invalid UTF-8, files
// too large or too deep. Problems, never crashes.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

TEST(TripSyntax, SyntaxErrorHasExactLineAndColumn) {
  // Line 3 holds "  \"trip\": tru," ; the bad literal is detected at the ',' (column 14).
  std::string text = "{\n  \"type\": \"FeatureCollection\",\n  \"trip\": tru,\n  \"features\": []\n}\n";
  TripLoadResult r = loadTripFromString(text, "bad.geojson");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 3);
  EXPECT_EQ(r.problems[0].column, 14);
  EXPECT_EQ(r.problems[0].format().rfind("bad.geojson:3:14: JSON syntax error: ", 0), 0u) << r.problems[0].format();
}

TEST(TripSyntax, ColumnsCountCodePointsNotBytes) {
  // "é" takes two bytes in UTF-8; the stray second "}" is the 18th character of line 2.
  std::string text = "{\n  \"n\": \"Darién\" }}\n";
  TripLoadResult r = loadTripFromString(text, "t.geojson");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_EQ(r.problems[0].column, 18);
}

TEST(TripSyntax, UnexpectedEndOfInput) {
  TripLoadResult r = loadTripFromString("{\n  \"type\": \"FeatureCollection\",\n", "cut.geojson");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 3);
  EXPECT_NE(r.problems[0].message.find("unexpected end of input"), std::string::npos) << r.problems[0].message;
}

TEST(TripSyntax, EmptyInput) {
  TripLoadResult r = loadTripFromString("", "empty.geojson");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 1);
}

TEST(TripSyntax, InvalidUtf8IsReportedWithLineAndColumn) {
  std::string text = "{\n  \"name\": \"Dari\xe9n\"\n}\n";  // Latin-1 é, not UTF-8
  TripLoadResult r = loadTripFromString(text, "latin1.geojson");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].format(), "latin1.geojson:2:16: invalid UTF-8 (byte 0xe9)");
}

TEST(TripSyntax, OverlongAndSurrogateEncodingsAreInvalid) {
  EXPECT_FALSE(loadTripFromString("{\"a\": \"\xc0\xaf\"}", "t").problems.empty());
  EXPECT_FALSE(loadTripFromString("{\"a\": \"\xed\xa0\x80\"}", "t").problems.empty());
  EXPECT_FALSE(loadTripFromString("{\"a\": \"\xf4\x90\x80\x80\"}", "t").problems.empty());
  TripLoadResult r = loadTripFromString("{\"a\": \"\xe2\x80\"}", "t");  // truncated sequence
  ASSERT_FALSE(r.problems.empty());
  EXPECT_EQ(r.problems[0].column, 8);
}

TEST(TripSyntax, TooLargeStringIsRejected) {
  TripLoadOptions small;
  small.maxBytes = 100;
  TripLoadResult r = loadTripFromString(std::string(101, ' '), "big.geojson", small);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("the limit is 100"), std::string::npos);
}

TEST(TripSyntax, TooLargeFileIsRejectedBeforeReading) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "itinera-trip-too-large.geojson";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(2048, '[');  // would also be too deep, but size is checked first
  }
  TripLoadOptions small;
  small.maxBytes = 1024;
  TripLoadResult r = loadTrip(path.string(), small);
  std::filesystem::remove(path);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("2048 bytes; the limit is 1024"), std::string::npos) << r.problems[0].message;
}

TEST(TripSyntax, DefaultLimitIs16MiB) { EXPECT_EQ(TripLoadOptions{}.maxBytes, size_t{16} * 1024 * 1024); }

TEST(TripSyntax, DeepNestingIsRefused) {
  std::string text = std::string(100000, '[') + std::string(100000, ']');
  TripLoadResult r = loadTripFromString(text, "deep.geojson");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("nested more than 64 levels"), std::string::npos);
}

TEST(TripSyntax, WrongKindsOfJson) {
  for (const char* text : {"null", "42", "\"trip\"", "[]", "{}", "{\"type\": \"FeatureCollection\"}",
                           "{\"type\": \"FeatureCollection\", \"trip\": [], \"features\": {}}",
                           "{\"type\": \"FeatureCollection\", \"trip\": {}, \"features\": [1, null, {}]}"}) {
    TripLoadResult r = loadTripFromString(text, "t.geojson");
    EXPECT_FALSE(r.ok()) << text;
    EXPECT_FALSE(r.problems.empty()) << text;
  }
}

}  // namespace
}  // namespace itinera
