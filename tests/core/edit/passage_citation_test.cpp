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
