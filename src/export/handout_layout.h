// The briefing book as a printed PDF, set with Pango on Cairo: a cover (title, dates,
// travellers, the whole trip's map, how to read the grades), per day its map and agenda table
// (breaking across pages with the header repeated), and the sources with what is not known.
// Text is real text in embedded DejaVu subsets; maps are images at print resolution.
#pragma once

#include <string>

#include "core/io/result.h"
#include "export/handout_book.h"

namespace itinera {

enum class Paper { A4, Letter };

// "a4" or "letter" (any case); the error names --paper and the value.
Result<Paper> paperOption(const std::string& name);

struct PaperSize {
  double width = 0, height = 0;  // points (1/72 inch)
};
PaperSize paperSize(Paper paper);

// The maps' size in pixels and the UI scale to render them at: about 200 dots per inch across
// the page's text width, with labels at a size that reads on paper.
inline constexpr int kHandoutMapWidthPx = 1500;
inline constexpr int kHandoutMapHeightPx = 1000;
inline constexpr float kHandoutMapUiScale = 2.0f;

struct HandoutPdf {
  std::string bytes;
  int pages = 0;
};
// The book as a PDF, or an error from Cairo.
Result<HandoutPdf> handoutPdf(const HandoutBook& book, Paper paper);

}  // namespace itinera
