// Setting text for the handout with Pango: a paragraph in one style, wrapped at word boundaries
// to a width (never hyphenated, so names read back whole), measured before it is drawn.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <vector>

namespace itinera {

struct TextStyle {
  const char* family = "DejaVu Sans";
  double size = 9;  // points
  PangoWeight weight = PANGO_WEIGHT_NORMAL;
  PangoStyle slant = PANGO_STYLE_NORMAL;
  double grey = 0.1;   // 0 black .. 1 white
  double spaceAfter = 0;  // points below the paragraph
  bool centred = false;
};

struct Paragraph {
  std::string text;
  TextStyle style;
};

struct PangoLayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, PangoLayoutDeleter>;

// `text` set in `style` for `cr`, `width` points wide.
LayoutPtr setText(cairo_t* cr, const std::string& text, const TextStyle& style, double width);

// The height of the paragraphs one below the other, `width` wide, spaces after included.
double paragraphsHeight(cairo_t* cr, const std::vector<Paragraph>& paragraphs, double width);
// Draws them from (x, y); returns the y below the last.
double drawParagraphs(cairo_t* cr, const std::vector<Paragraph>& paragraphs, double x, double y, double width);

}  // namespace itinera
