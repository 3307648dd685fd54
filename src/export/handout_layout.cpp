// Laying out the briefing book: pages, the cover, the days' maps and tables, the sources.
#include "export/handout_layout.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cctype>

#include "export/handout_text.h"

namespace itinera {
namespace {

// [SECTION] Styles: one family, a condensed cut for the tables, a few sizes.
constexpr const char* kSans = "DejaVu Sans";
constexpr const char* kCondensed = "DejaVu Sans Condensed";
const TextStyle kKicker{kSans, 9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.45, 6};
const TextStyle kTitle{kSans, 24, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.05, 6};
const TextStyle kSubtitle{kSans, 14, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.25, 14};
const TextStyle kHeading{kSans, 17, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.05, 4};
const TextStyle kSection{kSans, 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.1, 4};
const TextStyle kBody{kSans, 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.1, 3};
const TextStyle kNote{kSans, 8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0.4, 0};
const TextStyle kFooter{kSans, 7.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.45, 0};
const TextStyle kCell{kCondensed, 8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.1, 2};
const TextStyle kCellTitle{kCondensed, 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.05, 1};
const TextStyle kCellMuted{kCondensed, 7.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0.4, 2};
const TextStyle kCellHeader{kCondensed, 7.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.3, 0};

TextStyle withSpaceAfter(TextStyle style, double space) {
  style.spaceAfter = space;
  return style;
}

constexpr double kMargin = 50, kTop = 50, kBottom = 56, kCellPad = 4;

// The agenda table's columns, as shares of the text width.
struct Column {
  const char* header;
  double share;
};
constexpr Column kColumns[] = {{"Time", 0.12}, {"Event and place", 0.28}, {"Participants", 0.25},
                               {"Summary", 0.27}, {"Sources", 0.08}};

// [SECTION] Pages: a cursor down the page, a footer on each, a new page when the next block does not fit.
class Pages {
 public:
  Pages(cairo_surface_t* surface, PaperSize paper, std::string footer, int total, bool images)
      : cr_(cairo_create(surface)), paper_(paper), footer_(std::move(footer)), total_(total), images_(images) {}
  ~Pages() { cairo_destroy(cr_); }
  Pages(const Pages&) = delete;
  Pages& operator=(const Pages&) = delete;

  cairo_t* cr() { return cr_; }
  double x() const { return kMargin; }
  double width() const { return paper_.width - 2 * kMargin; }
  double y() const { return y_; }
  double room() const { return paper_.height - kBottom - y_; }
  void down(double dy) { y_ += dy; }
  int count() const { return page_; }
  bool images() const { return images_; }

  void newPage() {
    if (page_ > 0) cairo_show_page(cr_);
    ++page_;
    y_ = kTop;
    drawFooter();
  }
  // Starts a new page unless `height` fits below the cursor.
  void ensure(double height) {
    if (page_ == 0 || height > room()) newPage();
  }
  void paragraphs(const std::vector<Paragraph>& text) { y_ = drawParagraphs(cr_, text, x(), y_, width()); }
  void rule(double grey = 0.75, double weight = 0.6) {
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_set_line_width(cr_, weight);
    cairo_move_to(cr_, x(), y_);
    cairo_line_to(cr_, x() + width(), y_);
    cairo_stroke(cr_);
  }

 private:
  void drawFooter() {
    double y = paper_.height - kBottom + 22;
    cairo_set_source_rgb(cr_, 0.8, 0.8, 0.8);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, x(), y - 5);
    cairo_line_to(cr_, x() + width(), y - 5);
    cairo_stroke(cr_);
    drawParagraphs(cr_, {{footer_, kFooter}}, x(), y, width() * 0.8);
    std::string number = "Page " + std::to_string(page_) + (total_ > 0 ? " of " + std::to_string(total_) : "");
    TextStyle right = kFooter;
    LayoutPtr layout = setText(cr_, number, right, width());
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
    cairo_move_to(cr_, x(), y);
    pango_cairo_show_layout(cr_, layout.get());
  }

  cairo_t* cr_;
  PaperSize paper_;
  std::string footer_;
  int total_;
  bool images_;
  int page_ = 0;
  double y_ = kTop;
};

// [SECTION] Maps: the rendered image scaled into a box, with a hairline frame.
void drawMap(Pages& pages, const HandoutImage& map, double height) {
  double width = pages.width(), x = pages.x(), y = pages.y();
  if (pages.images()) {
    cairo_t* cr = pages.cr();
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, map.width, map.height);
    cairo_surface_flush(image);
    uint8_t* data = cairo_image_surface_get_data(image);
    int stride = cairo_image_surface_get_stride(image);
    for (int row = 0; row < map.height; ++row) {
      const uint8_t* in = map.rgba.data() + size_t(row) * map.width * 4;
      auto* out = reinterpret_cast<uint32_t*>(data + size_t(row) * stride);
      for (int col = 0; col < map.width; ++col, in += 4) out[col] = uint32_t(in[0]) << 16 | uint32_t(in[1]) << 8 | in[2];
    }
    cairo_surface_mark_dirty(image);
    // Cropped to the box's shape about the centre, where the frame's places are.
    double scale = std::max(width / map.width, height / map.height);
    cairo_save(cr);
    cairo_rectangle(cr, x, y, width, height);
    cairo_clip(cr);
    cairo_translate(cr, x + (width - map.width * scale) / 2, y + (height - map.height * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(image);
  }
  cairo_set_source_rgb(pages.cr(), 0.55, 0.55, 0.55);
  cairo_set_line_width(pages.cr(), 0.6);
  cairo_rectangle(pages.cr(), x, y, width, height);
  cairo_stroke(pages.cr());
  pages.down(height);
}

double mapHeight(const Pages& pages, const HandoutImage& map, double atMost) {
  return std::min(atMost, pages.width() * map.height / std::max(1, map.width));
}

// [SECTION] The agenda table.
std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

std::vector<std::vector<Paragraph>> cells(const HandoutRow& row) {
  std::vector<Paragraph> participants;
  for (size_t i = 0; i < row.participants.size(); ++i) {
    bool noted = i < row.attendance.size() && !row.attendance[i].empty();
    participants.push_back({row.participants[i], kCell});
    if (noted) {
      participants.back().style.spaceAfter = 0;
      participants.push_back({row.attendance[i], kCellMuted});
    }
  }
  if (participants.empty()) participants.push_back({"none named", kCellMuted});
  return {{{row.when, kCell}},
          {{row.title, kCellTitle}, {row.basis, kCellMuted}, {row.where, kCell}},
          participants,
          {{row.summary, kCell}},
          {{joined(row.references, "\n"), kCell}}};
}

double cellWidth(const Pages& pages, size_t column) { return pages.width() * kColumns[column].share - 2 * kCellPad; }

double rowHeight(Pages& pages, const std::vector<std::vector<Paragraph>>& row) {
  double height = 0;
  for (size_t c = 0; c < row.size(); ++c) height = std::max(height, paragraphsHeight(pages.cr(), row[c], cellWidth(pages, c)));
  return height + 2 * kCellPad;
}

void drawRow(Pages& pages, const std::vector<std::vector<Paragraph>>& row, double height, bool header) {
  cairo_t* cr = pages.cr();
  if (header) {
    cairo_set_source_rgb(cr, 0.92, 0.92, 0.9);
    cairo_rectangle(cr, pages.x(), pages.y(), pages.width(), height);
    cairo_fill(cr);
  }
  double x = pages.x();
  for (size_t c = 0; c < row.size(); ++c) {
    drawParagraphs(cr, row[c], x + kCellPad, pages.y() + kCellPad, cellWidth(pages, c));
    x += pages.width() * kColumns[c].share;
  }
  pages.down(height);
  pages.rule(header ? 0.5 : 0.82, header ? 0.8 : 0.5);
}

std::vector<std::vector<Paragraph>> headerRow() {
  std::vector<std::vector<Paragraph>> row;
  for (const Column& c : kColumns) row.push_back({{c.header, kCellHeader}});
  return row;
}

// The table, breaking between rows; a continued table gets the day and the header again.
void drawTable(Pages& pages, const HandoutDay& day) {
  auto header = headerRow();
  double headerHeight = rowHeight(pages, header);
  bool first = true;
  for (const HandoutRow& r : day.rows) {
    auto row = cells(r);
    double height = rowHeight(pages, row);
    if (first || height > pages.room()) {
      if (!first || headerHeight + height > pages.room()) {
        pages.newPage();
        pages.paragraphs({{day.heading + " (continued)", kSection}});
        pages.down(4);
      }
      drawRow(pages, header, headerHeight, true);
      first = false;
    }
    drawRow(pages, row, height, false);
  }
}

// [SECTION] The book's parts.
void drawCover(Pages& pages, const HandoutBook& book, int sourcesPage) {
  pages.newPage();
  // A title that gives the dates already is not followed by them again.
  bool dated = book.title.find(book.dates) != std::string::npos;
  pages.paragraphs({{"BRIEFING BOOK", kKicker}, {book.title, dated ? withSpaceAfter(kTitle, 14) : kTitle},
                    {dated ? "" : book.dates, kSubtitle}});
  pages.rule(0.3, 1.2);
  pages.down(10);
  std::vector<Paragraph> travellers{{book.travellers.size() == 1 ? "Traveller" : "Travellers", kSection}};
  for (const std::string& t : book.travellers) travellers.push_back({t, kBody});
  pages.paragraphs(travellers);
  pages.down(8);
  std::string reading = book.timeNote +
      " Each part of an event carries its own grade. Unmarked, or \"stated\": said by the primary source."
      " (C): confirmed by another named source. (P): from a single, weaker or partisan source."
      " (estimate): an estimate with no source. (inferred): our inference, its reason given in the trip file."
      " Nothing is given more precisely than its source: an afternoon stays an afternoon, a region a region."
      " References such as [1] \u00b64 cite source 1, paragraph 4; the sources are listed on page " +
      std::to_string(sourcesPage) + ".";
  std::vector<Paragraph> key{{"Reading this book", kSection}, {reading, kBody}};
  double keyHeight = paragraphsHeight(pages.cr(), key, pages.width()) + 14;
  if (!book.overviewMap.empty()) {
    Paragraph caption{"The whole trip: every place visited and the routes between them.", kNote};
    double captionHeight = paragraphsHeight(pages.cr(), {caption}, pages.width()) + 4;
    double height = mapHeight(pages, book.overviewMap, std::max(120.0, pages.room() - keyHeight - captionHeight - 4));
    drawMap(pages, book.overviewMap, height);
    pages.down(4);
    pages.paragraphs({caption});
  }
  pages.down(14);
  pages.paragraphs(key);
}

void drawDay(Pages& pages, const HandoutDay& day) {
  pages.newPage();
  std::string count = std::to_string(day.rows.size()) + (day.rows.size() == 1 ? " event" : " events");
  pages.paragraphs({{day.heading, kHeading}, {count, kNote}});
  pages.down(8);
  if (!day.map.empty()) {
    drawMap(pages, day.map, mapHeight(pages, day.map, pages.room() * 0.45));
    pages.down(4);
    pages.paragraphs({{"The day's places and movements; the routes travelled up to the end of the day are drawn solid.", kNote}});
    pages.down(10);
  }
  drawTable(pages, day);
}

void drawSources(Pages& pages, const HandoutBook& book) {
  pages.newPage();
  pages.paragraphs({{"Sources", kHeading}});
  pages.down(8);
  double indent = 28;
  for (const HandoutSource& s : book.sources) {
    std::vector<Paragraph> entry{{s.publisher.empty() ? s.title : s.publisher + ". " + s.title + ".", kBody}};
    entry.push_back({s.date.empty() ? "Date not recorded." : "Dated " + s.date + ".", kCell});
    if (!s.paragraphs.empty()) {
      std::string cited = "Cited: paragraph";
      cited += s.paragraphs.size() > 1 ? "s " : " ";
      for (size_t i = 0; i < s.paragraphs.size(); ++i) cited += (i ? ", " : "") + std::to_string(s.paragraphs[i]);
      entry.push_back({cited + ".", kCell});
    }
    if (!s.link.empty()) entry.push_back({s.link, kCellMuted});
    double height = paragraphsHeight(pages.cr(), entry, pages.width() - indent) + 8;
    pages.ensure(height);
    drawParagraphs(pages.cr(), {{"[" + std::to_string(s.number) + "]", kSection}}, pages.x(), pages.y(), indent);
    if (!s.link.empty()) {
      std::string attributes = "uri='" + s.link + "'";
      cairo_tag_begin(pages.cr(), CAIRO_TAG_LINK, attributes.c_str());
    }
    drawParagraphs(pages.cr(), entry, pages.x() + indent, pages.y(), pages.width() - indent);
    if (!s.link.empty()) cairo_tag_end(pages.cr(), CAIRO_TAG_LINK);
    pages.down(height);
  }
  if (book.unknowns.empty()) return;
  pages.ensure(80);
  pages.down(10);
  pages.paragraphs({{"What is not known", kHeading}});
  pages.down(6);
  for (const std::string& u : book.unknowns) {
    std::vector<Paragraph> item{{u, kBody}};
    pages.ensure(paragraphsHeight(pages.cr(), item, pages.width() - 14));
    drawParagraphs(pages.cr(), {{"\u2022", kBody}}, pages.x() + 2, pages.y(), 12);
    pages.down(drawParagraphs(pages.cr(), item, pages.x() + 14, pages.y(), pages.width() - 14) - pages.y());
  }
}

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  if (closure) static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct Outcome {
  cairo_status_t status;
  int pages, sourcesPage;
};

// One pass over the book into `out` (nullptr: measuring only, without images).
Outcome layOut(const HandoutBook& book, PaperSize paper, std::string* out, int totalPages, int sourcesPage) {
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToString, out, paper.width, paper.height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, (book.title + ": briefing book").c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Itinera");
  Outcome outcome{CAIRO_STATUS_SUCCESS, 0, 0};
  {
    std::string footer = book.title.find(book.dates) != std::string::npos ? book.title : book.title + " \u00b7 " + book.dates;
    Pages pages(surface, paper, footer, totalPages, out != nullptr);
    drawCover(pages, book, sourcesPage);
    for (const HandoutDay& day : book.days) drawDay(pages, day);
    outcome.sourcesPage = pages.count() + 1;
    drawSources(pages, book);
    outcome.pages = pages.count();
  }
  cairo_surface_finish(surface);
  outcome.status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  return outcome;
}

}  // namespace

Result<Paper> paperOption(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (lower == "a4") return Paper::A4;
  if (lower == "letter") return Paper::Letter;
  return Error{"--paper " + name + ": expected a4 or letter"};
}

PaperSize paperSize(Paper paper) { return paper == Paper::A4 ? PaperSize{595.276, 841.89} : PaperSize{612, 792}; }

Result<HandoutPdf> handoutPdf(const HandoutBook& book, Paper paper) {
  // The first pass counts the pages, so each footer can say "of N" and the cover where the sources are.
  Outcome measured = layOut(book, paperSize(paper), nullptr, 0, 0);
  if (measured.status != CAIRO_STATUS_SUCCESS) return Error{std::string("laying out the handout: ") + cairo_status_to_string(measured.status)};
  HandoutPdf pdf;
  Outcome written = layOut(book, paperSize(paper), &pdf.bytes, measured.pages, measured.sourcesPage);
  if (written.status != CAIRO_STATUS_SUCCESS) return Error{std::string("writing the handout: ") + cairo_status_to_string(written.status)};
  pdf.pages = written.pages;
  return pdf;
}

}  // namespace itinera
