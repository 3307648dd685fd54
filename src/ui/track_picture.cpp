// The slider's track painted with Cairo into an opaque picture.
#include "ui/track_picture.h"

#include <cairo.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

namespace itinera {
namespace {

void setColour(cairo_t* cr, ImU32 c) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  cairo_set_source_rgba(cr, v.x, v.y, v.z, v.w);
}

// Serials unique across pictures, so a texture is never mistaken for another's.
uint64_t nextSerial() {
  static std::atomic<uint64_t> serial{0};
  return ++serial;
}

}  // namespace

TrackShapes::TrackShapes(ImVec2 min, ImVec2 max)
    : x_(int(std::floor(min.x))), y_(int(std::floor(min.y))),
      width_(std::max(0, int(std::ceil(max.x)) - x_)), height_(std::max(0, int(std::ceil(max.y)) - y_)) {}

void TrackShapes::fill(ImVec2 min, ImVec2 max, ImU32 colour) {
  if (max.x > min.x && max.y > min.y) shapes_.push_back({Kind::Fill, min.x - x_, min.y - y_, max.x - x_, max.y - y_, colour, 0});
}

void TrackShapes::line(ImVec2 from, ImVec2 to, ImU32 colour, float width) {
  if (from.x == to.x) {  // its centre where `width` whole pixels are covered
    float left = std::round(from.x - width / 2);
    from.x = to.x = left + width / 2;
  }
  shapes_.push_back({Kind::Line, from.x - x_, from.y - y_, to.x - x_, to.y - y_, colour, width});
}

void TrackShapes::hatch(ImVec2 min, ImVec2 max, ImU32 colour, float step) {
  if (max.x > min.x && max.y > min.y && step > 0)
    shapes_.push_back({Kind::Hatch, min.x - x_, min.y - y_, max.x - x_, max.y - y_, colour, step});
}

void TrackShapes::append(const TrackShapes& more) {
  shapes_.insert(shapes_.end(), more.shapes_.begin(), more.shapes_.end());
}

const BackdropPicture& TrackPicture::paint(TrackShapes shapes) {
  if (painted_ == shapes) return picture_;
  const int width = shapes.width_, height = shapes.height_;
  picture_.width = width, picture_.height = height;
  picture_.pixels.assign(size_t(width) * size_t(height), 0);
  picture_.serial = nextSerial();
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create_for_data(reinterpret_cast<unsigned char*>(picture_.pixels.data()), CAIRO_FORMAT_ARGB32,
                                          width, height, width * 4),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> context(cairo_create(surface.get()), cairo_destroy);
  cairo_t* cr = context.get();
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (const TrackShapes::Shape& s : shapes.shapes_) {
    setColour(cr, s.colour);
    switch (s.kind) {
      case TrackShapes::Kind::Fill:
        cairo_rectangle(cr, s.x0, s.y0, s.x1 - s.x0, s.y1 - s.y0);
        cairo_fill(cr);
        break;
      case TrackShapes::Kind::Line:
        cairo_set_line_width(cr, s.size);
        cairo_move_to(cr, s.x0, s.y0);
        cairo_line_to(cr, s.x1, s.y1);
        cairo_stroke(cr);
        break;
      case TrackShapes::Kind::Hatch: {
        cairo_save(cr);
        cairo_rectangle(cr, s.x0, s.y0, s.x1 - s.x0, s.y1 - s.y0);
        cairo_clip(cr);
        const float h = s.y1 - s.y0;
        for (float x = s.x0 - h; x < s.x1; x += s.size) {
          cairo_move_to(cr, x, s.y1);
          cairo_line_to(cr, x + h, s.y0);
        }
        cairo_set_line_width(cr, 1);
        cairo_stroke(cr);
        cairo_restore(cr);
        break;
      }
    }
  }
  cairo_surface_flush(surface.get());
  painted_ = std::move(shapes);
  return picture_;
}

}  // namespace itinera
