// Citing a passage: the paragraph and code-point span, checked against the loader's own reading.
#include "core/edit/passage_citation.h"

#include <gtest/gtest.h>

#include "core/trip/json_text.h"
#include "core/trip/sha256.h"
#include "core/trip/trip_sources.h"

using namespace itinera;

namespace {
const std::string kText = "Première ligne, café.\nSuite du paragraphe.\n\n  \nSecond: à Panamá.\r\nFin.\n";
}

TEST(PassageCitation, SpanCountsCodePointsWithinItsParagraph) {
  auto c = citePassage(kText, "  café.\nSuite ");
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(c->paragraph, 1);
  EXPECT_EQ(c->start, 16);
  EXPECT_EQ(c->end, 27);
  EXPECT_EQ(c->sha256, sha256Hex(kText));
  std::vector<std::string> paragraphs = sourceParagraphs(kText);
  EXPECT_EQ(codePointSlice(paragraphs[0], size_t(c->start), size_t(c->end)), "café.\nSuite");
}

TEST(PassageCitation, LaterParagraphAndWindowsLineBreaks) {
  auto c = citePassage(kText, "Panamá.\r\nFin");
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(c->paragraph, 2);
  EXPECT_EQ(codePointSlice(sourceParagraphs(kText)[1], size_t(c->start), size_t(c->end)), "Panamá.\nFin");
}

TEST(PassageCitation, RefusesWhatCannotBeCited) {
  EXPECT_EQ(citePassage(kText, " \n").error(), "select or paste the passage to cite");
  EXPECT_EQ(citePassage(kText, "absent words").error(), "the passage is not in the source's text");
  EXPECT_EQ(citePassage(kText, "paragraphe.\n\n  \nSecond").error(),
            "the passage runs across paragraphs: cite each paragraph's part");
}

// A selection in the text box: byte offsets in, code points out, and the selected occurrence
// (not the first one of the same words) cited.
TEST(PassageCitation, SelectionBytesBecomeCodePointsOfItsParagraph) {
  size_t from = kText.find("café"), to = kText.find("Suite") + 5;  // "café.\nSuite", é is two bytes
  auto c = citeSelection(kText, to, from);  // selected backwards
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(c->paragraph, 1);
  EXPECT_EQ(c->start, 16);  // 17 bytes in: "Première" has a two-byte è
  EXPECT_EQ(c->end, 27);
  EXPECT_EQ(c->sha256, sha256Hex(kText));
  auto second = citeSelection(kText, kText.find("à Panamá") - 1, kText.find("Fin.") + 3);  // blank, CR LF inside
  ASSERT_TRUE(second.ok()) << second.error();
  EXPECT_EQ(second->paragraph, 2);
  EXPECT_EQ(codePointSlice(sourceParagraphs(kText)[1], size_t(second->start), size_t(second->end)), "à Panamá.\nFin");

  const std::string repeated = "Panamá, Panamá.\n\nAgain Panamá.";
  auto later = citeSelection(repeated, repeated.rfind("Panamá"), repeated.size() - 1);
  ASSERT_TRUE(later.ok()) << later.error();
  EXPECT_EQ(later->paragraph, 2);
  EXPECT_EQ(later->start, 6);
  EXPECT_EQ(later->end, 12);
  auto firstLine = citeSelection(repeated, repeated.find("Panamá", 1), repeated.find('.'));
  ASSERT_TRUE(firstLine.ok()) << firstLine.error();
  EXPECT_EQ(firstLine->paragraph, 1);
  EXPECT_EQ(firstLine->start, 8);
  EXPECT_EQ(firstLine->end, 14);
}

TEST(PassageCitation, SelectionOfBlanksOrAcrossParagraphsIsRefused) {
  EXPECT_EQ(citeSelection(kText, 3, 3).error(), "select the passage to cite in the source's text");
  size_t blank = kText.find("\n\n");
  EXPECT_EQ(citeSelection(kText, blank, blank + 4).error(), "select the passage to cite in the source's text");
  EXPECT_EQ(citeSelection(kText, kText.find("Suite"), kText.find("Second") + 3).error(),
            "the selection runs across paragraphs: cite each paragraph's part");
  EXPECT_FALSE(citeSelection(kText, 0, 10000).ok());  // the whole text: two paragraphs
}
