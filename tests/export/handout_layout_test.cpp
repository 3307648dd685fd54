// The handout's layout from a synthetic book: every text set (read back with pdftotext), long
// tables broken across pages under a repeated header, the paper size asked for, fonts embedded.
#include "export/handout_layout.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace itinera {
namespace {

namespace fs = std::filesystem;

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
  return out;
}

// Whitespace collapsed, as a reader of the page sees the words.
std::string collapsed(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

HandoutRow row(int i) {
  HandoutRow r;
  r.eventId = "e" + std::to_string(i);
  r.when = i % 2 ? "afternoon (C)" : "14:" + std::to_string(10 + i % 50);
  r.title = "Meeting number " + std::to_string(i);
  r.basis = i % 3 ? "stated" : "inferred";
  r.where = "Palacio de las Garzas (place C; location C)";
  r.participants = {"Alejandro N. Mayorkas, Secretary of Homeland Security", "Erika Mouynes"};
  r.summary = "They discussed migration across the region, at some length, and agreed to meet again.";
  r.references = {"[1] \u00b6" + std::to_string(i % 9 + 1)};
  return r;
}

HandoutBook book(int rows) {
  HandoutBook b;
  b.title = "A visit to Panama";
  b.dates = "18-20 April 2022";
  b.timeNote = "Times are local (America/Panama, UTC-05:00).";
  b.travellers = {"Alejandro N. Mayorkas, Secretary of Homeland Security"};
  b.overviewMap = {300, 200, std::vector<uint8_t>(300 * 200 * 4, 180)};
  HandoutDay day{"Tuesday 19 April 2022", true, {}, {}, {300, 200, std::vector<uint8_t>(300 * 200 * 4, 120)}};
  for (int i = 0; i < rows; ++i) day.rows.push_back(row(i));
  b.days.push_back(day);
  b.sources = {{1, "U.S. Department of Homeland Security", "A press release", "2022-04-21",
                "https://www.dhs.gov/news/2022/04/21/an-address-long-enough-to-need-wrapping-in-its-column", {1, 4}}};
  b.unknowns = {"The hour of 10 events is not known, only the day."};
  return b;
}

class HandoutLayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("itinera-handout-" + std::to_string(getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".pdf");
  }
  void TearDown() override { fs::remove(path_); }
  // Writes `pdf` and returns pdfinfo's report.
  std::string write(const HandoutPdf& pdf) {
    std::ofstream(path_, std::ios::binary) << pdf.bytes;
    return run("pdfinfo '" + path_.string() + "'");
  }
  fs::path path_;
};

TEST_F(HandoutLayoutTest, EveryTextIsSetAndALongTableBreaksUnderARepeatedHeader) {
  auto pdf = handoutPdf(book(40), Paper::A4);
  ASSERT_TRUE(pdf) << pdf.error();
  std::string info = write(pdf.value());
  // Cover, the day over several pages, sources.
  EXPECT_GE(pdf->pages, 5);
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +" + std::to_string(pdf->pages) + "\n"))) << info;
  EXPECT_NE(info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info;
  std::string text = collapsed(run("pdftotext -raw '" + path_.string() + "' -"));
  for (int i = 0; i < 40; ++i) EXPECT_NE(text.find("Meeting number " + std::to_string(i) + " "), std::string::npos) << i;
  EXPECT_NE(text.find("Alejandro N. Mayorkas, Secretary of Homeland Security"), std::string::npos);
  EXPECT_NE(text.find("Tuesday 19 April 2022 (continued)"), std::string::npos);
  // The header is repeated on every page the table runs onto.
  size_t headers = 0;
  for (size_t at = text.find("Event and place"); at != std::string::npos; at = text.find("Event and place", at + 1)) ++headers;
  EXPECT_EQ(headers, size_t(pdf->pages - 2));
  EXPECT_NE(text.find("Page 1 of " + std::to_string(pdf->pages)), std::string::npos);
  EXPECT_NE(text.find("Cited: paragraphs 1, 4"), std::string::npos);
  EXPECT_NE(text.find("What is not known"), std::string::npos);
  EXPECT_NE(text.find("[1] \u00b64"), std::string::npos);
}

TEST_F(HandoutLayoutTest, LetterPaperAndEmbeddedFonts) {
  auto pdf = handoutPdf(book(3), Paper::Letter);
  ASSERT_TRUE(pdf) << pdf.error();
  std::string info = write(pdf.value());
  EXPECT_NE(info.find("612 x 792 pts (letter)"), std::string::npos) << info;
  EXPECT_EQ(pdf->pages, 3);  // cover, the day, sources
  std::string fonts = run("pdffonts '" + path_.string() + "'");
  EXPECT_NE(fonts.find("DejaVuSans"), std::string::npos) << fonts;
  // Every font is embedded: the "emb" column says yes on each font's line.
  std::istringstream lines(fonts);
  std::string line;
  int listed = 0;
  while (std::getline(lines, line))
    if (line.find("DejaVu") != std::string::npos) {
      ++listed;
      EXPECT_NE(line.find(" yes "), std::string::npos) << line;
    }
  EXPECT_GE(listed, 2);
}

TEST(HandoutPaper, A4OrLetterElseAnErrorNamingTheValue) {
  EXPECT_EQ(paperOption("a4").value(), Paper::A4);
  EXPECT_EQ(paperOption("Letter").value(), Paper::Letter);
  auto bad = paperOption("a3");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error(), "--paper a3: expected a4 or letter");
}

}  // namespace
}  // namespace itinera
