// Slides written as a PDF (one page each, text as text) or as a folder of numbered PNGs, both
// atomically: the PDF is written whole into place, the folder is built as a hidden sibling and
// renamed into place when complete. Nothing is left on an error or when the deck is dropped.
#pragma once

#include <memory>
#include <string>

#include "core/io/result.h"
#include "export/slide_page.h"

namespace itinera {

enum class SlideFormat { Pdf, PngFolder };

// A PDF for a name ending in .pdf (any case), a folder for one ending in '/' or naming an
// existing folder; the error names the value.
Result<SlideFormat> slideFormatForPath(const std::string& path);

class SlideDeck {
 public:
  static Result<std::unique_ptr<SlideDeck>> open(const std::string& path, int width, int height);
  ~SlideDeck();
  SlideDeck(const SlideDeck&) = delete;
  SlideDeck& operator=(const SlideDeck&) = delete;

  // Adds the slide for `card`; `name` (e.g. "03-arrival") names its PNG. Returns an error, or "".
  std::string add(const SequenceCard& card, const SlideImage& map, const std::string& name);
  // Writes the deck into place. Returns an error naming the path, or "".
  std::string finish();

 private:
  SlideDeck(std::string path, SlideFormat format, int width, int height);
  void discard();

  std::string path_;
  SlideFormat format_;
  int width_, height_;
  std::string pdf_;            // the PDF as Cairo writes it
  cairo_surface_t* pdfSurface_ = nullptr;
  std::string folder_;         // the hidden folder the PNGs go into
  bool finished_ = false;
};

// "NN-kind" for the card at `index` (0-based) of `count`: 01-title, 02-event-<id>, ... closing.
std::string slideName(const SequenceCard& card, size_t index, size_t count);

}  // namespace itinera
