// Slide layout: the map image, then the text set in the panel beside it, shrunk until it fits.
#include "export/slide_page.h"

#include <algorithm>

namespace itinera {
namespace {

constexpr const char* kFont = "DejaVu Sans";

struct TextStyle {
  double size;  // as a share of the slide's height
  cairo_font_weight_t weight;
  double grey;  // 0 black .. 1 white
};
constexpr TextStyle kHeading{0.040, CAIRO_FONT_WEIGHT_BOLD, 0.05};
constexpr TextStyle kClock{0.024, CAIRO_FONT_WEIGHT_NORMAL, 0.35};
constexpr TextStyle kBody{0.022, CAIRO_FONT_WEIGHT_NORMAL, 0.1};
constexpr TextStyle kSource{0.017, CAIRO_FONT_WEIGHT_NORMAL, 0.4};

// `text` broken into lines no wider than `width` in the current font, at spaces.
std::vector<std::string> wrapped(cairo_t* cr, const std::string& text, double width) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    std::string candidate = line.empty() ? word : line + " " + word;
    cairo_text_extents_t e;
    cairo_text_extents(cr, candidate.c_str(), &e);
    if (e.x_advance > width && !line.empty()) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

struct Block {
  std::string text;
  TextStyle style;
};

std::vector<Block> blocks(const SequenceCard& card) {
  std::vector<Block> out;
  std::vector<std::string> texts = slideTexts(card);
  for (size_t i = 0; i < texts.size(); ++i) {
    bool source = !card.citation.empty() && card.kind == SequenceCard::Kind::Event && i + 1 == texts.size();
    bool clock = card.kind == SequenceCard::Kind::Quote && i == 1;
    out.push_back({texts[i], i == 0 ? kHeading : clock ? kClock : source ? kSource : kBody});
  }
  return out;
}

// Sets the blocks from `top` within `width`, at `scale` times their sizes; returns the bottom.
// With `draw` false it only measures.
double setBlocks(cairo_t* cr, const std::vector<Block>& blocks, double x, double top, double width, double height,
                 double scale, bool draw) {
  double y = top;
  for (const Block& b : blocks) {
    double size = b.style.size * height * scale;
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, b.style.weight);
    cairo_set_font_size(cr, size);
    cairo_set_source_rgb(cr, b.style.grey, b.style.grey, b.style.grey);
    for (const std::string& line : wrapped(cr, b.text, width)) {
      y += size * 1.25;
      if (draw) {
        cairo_move_to(cr, x, y);
        cairo_show_text(cr, line.c_str());
      }
    }
    y += size * 0.6;
  }
  return y;
}

}  // namespace

int slideMapWidth(int width) { return std::max(2, int(width * 0.6)); }

std::vector<std::string> slideTexts(const SequenceCard& card) {
  std::vector<std::string> out;
  if (card.lines.empty()) return out;
  out.push_back(card.lines[0]);
  // Event cards say when in their own lines, title and closing cards give the dates: only a
  // quote needs the clock.
  if (card.kind == SequenceCard::Kind::Quote) out.push_back(card.clock);
  out.insert(out.end(), card.lines.begin() + 1, card.lines.end());
  // A quote's lines end with its citation already.
  if (card.kind == SequenceCard::Kind::Event && !card.citation.empty()) out.push_back(card.citation);
  std::erase(out, std::string());
  return out;
}

void drawSlide(cairo_t* cr, int width, int height, const SequenceCard& card, const SlideImage& map) {
  cairo_set_source_rgb(cr, 0.98, 0.98, 0.97);
  cairo_paint(cr);
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, map.width, map.height);
  uint8_t* data = cairo_image_surface_get_data(image);
  int stride = cairo_image_surface_get_stride(image);
  cairo_surface_flush(image);
  for (int y = 0; y < map.height; ++y) {
    const uint8_t* in = map.rgba + size_t(y) * map.width * 4;
    uint32_t* out = reinterpret_cast<uint32_t*>(data + size_t(y) * stride);
    for (int x = 0; x < map.width; ++x, in += 4) out[x] = uint32_t(in[0]) << 16 | uint32_t(in[1]) << 8 | in[2];
  }
  cairo_surface_mark_dirty(image);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_surface_destroy(image);

  double margin = height * 0.045;
  double x = map.width + margin, textWidth = width - map.width - 2 * margin;
  std::vector<Block> text = blocks(card);
  // Long cards (the closing one) are set smaller until they fit the slide.
  double scale = 1;
  while (scale > 0.35 && setBlocks(cr, text, x, margin, textWidth, height, scale, false) > height - margin) scale *= 0.92;
  setBlocks(cr, text, x, margin, textWidth, height, scale, true);
}

}  // namespace itinera
