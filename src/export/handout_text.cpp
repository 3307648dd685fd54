// Pango paragraphs for the handout: font, wrapping, measuring and drawing.
#include "export/handout_text.h"

namespace itinera {
namespace {

double layoutHeight(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return double(h) / PANGO_SCALE;
}

}  // namespace

LayoutPtr setText(cairo_t* cr, const std::string& text, const TextStyle& style, double width) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, style.family);
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  pango_font_description_set_weight(font, style.weight);
  pango_font_description_set_style(font, style.slant);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), int(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  if (style.centred) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  // A word broken across lines gets no hyphen: a name must read back as the source spells it.
  PangoAttrList* attributes = pango_attr_list_new();
  pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
  pango_layout_set_attributes(layout.get(), attributes);
  pango_attr_list_unref(attributes);
  pango_layout_set_text(layout.get(), text.c_str(), int(text.size()));
  return layout;
}

double paragraphsHeight(cairo_t* cr, const std::vector<Paragraph>& paragraphs, double width) {
  double height = 0;
  for (const Paragraph& p : paragraphs)
    if (!p.text.empty()) height += layoutHeight(setText(cr, p.text, p.style, width).get()) + p.style.spaceAfter;
  return height;
}

double drawParagraphs(cairo_t* cr, const std::vector<Paragraph>& paragraphs, double x, double y, double width) {
  for (const Paragraph& p : paragraphs) {
    if (p.text.empty()) continue;
    LayoutPtr layout = setText(cr, p.text, p.style, width);
    cairo_set_source_rgb(cr, p.style.grey, p.style.grey, p.style.grey);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
    y += layoutHeight(layout.get()) + p.style.spaceAfter;
  }
  return y;
}

}  // namespace itinera
