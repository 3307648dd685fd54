// The spreadsheet reader: separators, quotes, line breaks in cells, the BOM, positions.
#include "authoring/csv_reader.h"

#include <gtest/gtest.h>

namespace itinera {
namespace {

TEST(CsvReader, CommasWithQuotedSeparatorsQuotesAndLineBreaks) {
  CsvTable t = readCsv("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n");
  ASSERT_TRUE(t.problems.empty());
  EXPECT_EQ(t.separator, ',');
  ASSERT_EQ(t.records.size(), 2u);
  ASSERT_EQ(t.records[1].fields.size(), 3u);
  EXPECT_EQ(t.records[1].fields[1].text, "x, \"y\"");
  EXPECT_EQ(t.records[1].fields[2].text, "two\nlines");
  EXPECT_EQ(t.records[1].fields[2].line, 2);
  EXPECT_EQ(t.records[1].fields[2].column, 14);
}

TEST(CsvReader, SemicolonsAsLibreOfficeWritesThemAndABomThatIsNotText) {
  std::string text = "\xEF\xBB\xBF" "Date;Place\n2022-04-18;\"Panamá; city\"\n\n2022-04-19;Colón\n";
  CsvTable t = readCsv(text);
  EXPECT_EQ(t.separator, ';');
  ASSERT_EQ(t.records.size(), 3u);  // the blank line is skipped
  EXPECT_EQ(t.records[0].fields[0].text, "Date");
  EXPECT_EQ(t.records[0].fields[0].column, 1);
  EXPECT_EQ(t.records[1].fields[1].text, "Panamá; city");
  EXPECT_EQ(t.records[2].line, 4);
  EXPECT_EQ(t.records[2].fields[1].column, 12);
  EXPECT_EQ(text.substr(t.records[2].begin, t.records[2].end - t.records[2].begin), "2022-04-19;Colón");
}

TEST(CsvReader, AnUnclosedQuoteIsReportedWhereItOpens) {
  CsvTable t = readCsv("a,b\n1,\"open\n");
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].line, 2);
  EXPECT_EQ(t.problems[0].column, 3);
}

}  // namespace
}  // namespace itinera
