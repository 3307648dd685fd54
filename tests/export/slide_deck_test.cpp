// SlideDeck: PDF and PNG-folder output from synthetic cards, written whole or not at all.
#include "export/slide_deck.h"

#include <fontconfig/fontconfig.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace itinera {
namespace {

namespace fs = std::filesystem;

class SlideDeckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("itinera-slides-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    map_.assign(size_t(kMapWidth) * kHeight * 4, 200);
    title_.kind = SequenceCard::Kind::Title;
    title_.id = "title";
    title_.lines = {"A trip", "18-20 April 2022", "A traveller, a role"};
    event_.kind = SequenceCard::Kind::Event;
    event_.id = "event:arrival.day-1";
    event_.lines = {"Arrival", "Mon 18 Apr, afternoon (C)", "Panama City"};
    event_.citation = "A publisher, A release, paragraph 3";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  void addBoth(SlideDeck& deck) {
    SlideImage map{kMapWidth, kHeight, map_.data()};
    ASSERT_EQ(deck.add(title_, map, slideName(title_, 0, 2)), "");
    ASSERT_EQ(deck.add(event_, map, slideName(event_, 1, 2)), "");
  }

  static constexpr int kWidth = 320, kHeight = 180;
  static constexpr int kMapWidth = 192;  // slideMapWidth(320)
  fs::path dir_;
  std::vector<uint8_t> map_;
  SequenceCard title_, event_;
};

// Cairo keeps its fonts (and fontconfig's patterns) for the process, and Pango's default font
// map (the handout's) holds some of them; released at the end, the font map first, so the leak
// checker of the sanitizer build sees only what the deck and the handout themselves might leak.
class CairoStaticData : public ::testing::Environment {
 public:
  void TearDown() override {
    pango_cairo_font_map_set_default(nullptr);
    cairo_debug_reset_static_data();
    FcFini();
  }
};
const auto* const kCairoStaticData = ::testing::AddGlobalTestEnvironment(new CairoStaticData);

TEST(SlideFormat, FromThePath) {
  EXPECT_EQ(slideFormatForPath("deck.pdf").value(), SlideFormat::Pdf);
  EXPECT_EQ(slideFormatForPath("out/DECK.PDF").value(), SlideFormat::Pdf);
  EXPECT_EQ(slideFormatForPath("out/slides/").value(), SlideFormat::PngFolder);
  auto bad = slideFormatForPath("deck.pptx");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error(), "-o deck.pptx: expected a .pdf file, or a folder for PNGs (ending in '/')");
  EXPECT_FALSE(slideFormatForPath(".pdf").ok());
}

TEST(SlideName, NumberedFromTheCardId) {
  SequenceCard c;
  c.id = "title";
  EXPECT_EQ(slideName(c, 0, 21), "01-title");
  c.id = "event:canal-visit";
  EXPECT_EQ(slideName(c, 8, 21), "09-event-canal-visit");
  c.id = "closing";
  EXPECT_EQ(slideName(c, 119, 120), "120-closing");
  EXPECT_EQ(slideName(c, 0, 120), "001-closing");
}

TEST(SlideTexts, EveryTextFromTheCard) {
  SequenceCard c;
  c.kind = SequenceCard::Kind::Event;
  c.clock = "Mon 18 Apr 2022, afternoon";
  c.lines = {"Arrival", "Mon 18 Apr, afternoon (C)", "", "Panama City"};
  c.citation = "Source, paragraph 1";
  EXPECT_EQ(slideTexts(c), (std::vector<std::string>{"Arrival", "Mon 18 Apr, afternoon (C)", "Panama City",
                                                      "Source, paragraph 1"}));
  c.kind = SequenceCard::Kind::Quote;
  c.lines = {"A said", "the passage", "Source, paragraph 1"};
  EXPECT_EQ(slideTexts(c), (std::vector<std::string>{"A said", "Mon 18 Apr 2022, afternoon", "the passage",
                                                      "Source, paragraph 1"}));
}

TEST_F(SlideDeckTest, PdfAppearsWhole) {
  std::string path = (dir_ / "deck.pdf").string();
  auto deck = SlideDeck::open(path, kWidth, kHeight);
  ASSERT_TRUE(deck.ok()) << deck.error();
  addBoth(*deck.value());
  EXPECT_TRUE(entries().empty());  // nothing at the path until finished
  ASSERT_EQ(deck.value()->finish(), "");
  EXPECT_EQ(entries(), std::vector<std::string>{"deck.pdf"});
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str().substr(0, 5), "%PDF-");
  EXPECT_NE(text.str().find("/Type /Page"), std::string::npos);
}

TEST_F(SlideDeckTest, PngFolderAppearsWhole) {
  std::string path = (dir_ / "slides").string() + "/";
  auto deck = SlideDeck::open(path, kWidth, kHeight);
  ASSERT_TRUE(deck.ok()) << deck.error();
  addBoth(*deck.value());
  EXPECT_EQ(entries().size(), 1u);  // the hidden folder being built
  EXPECT_EQ(entries()[0].substr(0, 13), ".slides.part-");
  ASSERT_EQ(deck.value()->finish(), "");
  EXPECT_EQ(entries(), std::vector<std::string>{"slides"});
  std::vector<std::string> pngs;
  for (auto& e : fs::directory_iterator(dir_ / "slides")) pngs.push_back(e.path().filename().string());
  std::sort(pngs.begin(), pngs.end());
  EXPECT_EQ(pngs, (std::vector<std::string>{"01-title.png", "02-event-arrival-day-1.png"}));
}

TEST_F(SlideDeckTest, UnfinishedLeavesNothing) {
  for (std::string path : {(dir_ / "deck.pdf").string(), (dir_ / "slides").string() + "/"}) {
    auto deck = SlideDeck::open(path, kWidth, kHeight);
    ASSERT_TRUE(deck.ok()) << deck.error();
    addBoth(*deck.value());
    deck.value().reset();
    EXPECT_TRUE(entries().empty()) << path;
  }
}

TEST_F(SlideDeckTest, RefusesAFolderInUse) {
  fs::create_directories(dir_ / "slides");
  std::ofstream(dir_ / "slides" / "keep.txt") << "mine";
  auto deck = SlideDeck::open((dir_ / "slides").string() + "/", kWidth, kHeight);
  ASSERT_FALSE(deck.ok());
  EXPECT_NE(deck.error().find("the folder exists and is not empty"), std::string::npos);
  EXPECT_EQ(entries(), std::vector<std::string>{"slides"});
}

}  // namespace
}  // namespace itinera
