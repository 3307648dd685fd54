// Writing slides: Cairo's PDF surface into memory, or PNG pages into a hidden folder.
#include "export/slide_deck.h"

#include <cairo-pdf.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/io/atomic_file.h"

namespace fs = std::filesystem;

namespace itinera {
namespace {

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string withoutSlash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

Result<SlideFormat> slideFormatForPath(const std::string& path) {
  std::error_code ec;
  if (!path.empty() && (path.back() == '/' || fs::is_directory(path, ec))) return SlideFormat::PngFolder;
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (ext == ".pdf" && !fs::path(path).stem().empty()) return SlideFormat::Pdf;
  return Error{"-o " + path + ": expected a .pdf file, or a folder for PNGs (ending in '/')"};
}

std::string slideName(const SequenceCard& card, size_t index, size_t count) {
  int digits = std::max<int>(2, int(std::to_string(count).size()));
  std::string number = std::to_string(index + 1);
  number.insert(0, size_t(std::max(0, digits - int(number.size()))), '0');
  std::string name = card.id;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
  return number + "-" + name;
}

SlideDeck::SlideDeck(std::string path, SlideFormat format, int width, int height)
    : path_(std::move(path)), format_(format), width_(width), height_(height) {}

Result<std::unique_ptr<SlideDeck>> SlideDeck::open(const std::string& path, int width, int height) {
  auto format = slideFormatForPath(path);
  if (!format) return Error{format.error()};
  std::unique_ptr<SlideDeck> deck(new SlideDeck(format.value() == SlideFormat::PngFolder ? withoutSlash(path) : path,
                                                format.value(), width, height));
  if (deck->format_ == SlideFormat::Pdf) {
    deck->pdfSurface_ = cairo_pdf_surface_create_for_stream(appendToString, &deck->pdf_, width, height);
    if (cairo_surface_status(deck->pdfSurface_) != CAIRO_STATUS_SUCCESS)
      return Error{path + ": cannot start the PDF (" + cairo_status_to_string(cairo_surface_status(deck->pdfSurface_)) + ")"};
    return deck;
  }
  std::error_code ec;
  fs::path target = deck->path_;
  if (fs::exists(target, ec) && !fs::is_empty(target, ec))
    return Error{"-o " + path + ": the folder exists and is not empty"};
  fs::path parent = target.has_parent_path() ? target.parent_path() : ".";
  deck->folder_ = (parent / ("." + target.filename().string() + ".part-" + std::to_string(getpid()))).string();
  if (!fs::create_directory(deck->folder_, ec))
    return Error{deck->folder_ + ": cannot create the folder (" + (ec ? ec.message() : "it exists") + ")"};
  return deck;
}

SlideDeck::~SlideDeck() {
  if (!finished_) discard();
}

void SlideDeck::discard() {
  if (pdfSurface_) {
    cairo_surface_destroy(pdfSurface_);
    pdfSurface_ = nullptr;
  }
  std::error_code ec;
  if (!folder_.empty()) fs::remove_all(folder_, ec);
}

std::string SlideDeck::add(const SequenceCard& card, const SlideImage& map, const std::string& name) {
  if (format_ == SlideFormat::Pdf) {
    cairo_t* cr = cairo_create(pdfSurface_);
    drawSlide(cr, width_, height_, card, map);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_status_t status = cairo_surface_status(pdfSurface_);
    return status == CAIRO_STATUS_SUCCESS ? "" : path_ + ": " + cairo_status_to_string(status);
  }
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_, height_);
  cairo_t* cr = cairo_create(surface);
  drawSlide(cr, width_, height_, card, map);
  cairo_destroy(cr);
  std::string file = (fs::path(folder_) / (name + ".png")).string();
  cairo_status_t status = cairo_surface_write_to_png(surface, file.c_str());
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return path_ + "/" + name + ".png: cannot write (" + cairo_status_to_string(status) + ")";
  return {};
}

std::string SlideDeck::finish() {
  if (format_ == SlideFormat::Pdf) {
    cairo_surface_finish(pdfSurface_);
    cairo_status_t status = cairo_surface_status(pdfSurface_);
    cairo_surface_destroy(pdfSurface_);
    pdfSurface_ = nullptr;
    if (status != CAIRO_STATUS_SUCCESS) return path_ + ": " + cairo_status_to_string(status);
    finished_ = true;
    return writeFileAtomically(path_, pdf_);
  }
  std::error_code ec;
  if (fs::exists(path_, ec)) fs::remove(path_, ec);  // an empty folder, checked at open
  if (std::rename(folder_.c_str(), path_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    discard();
    return path_ + ": cannot move the finished folder into place (" + why + ")";
  }
  finished_ = true;
  return {};
}

}  // namespace itinera
