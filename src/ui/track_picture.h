// The slider's track painted once into a picture: day and night bands, day lines, the bands of
// events whose hour is not known, hatched uncertain times, each event's block and tick, and the
// hour ticks. A software rasteriser pays by the block of pixels for every small ImGui shape, and a
// long trip has thousands; the picture is one opaque quad, repainted only when what it shows changes.
#pragma once

#include <imgui.h>

#include <optional>
#include <vector>

#include "render/backdrop.h"

namespace itinera {

// What the track shows, painted in the order added. Coordinates are ImGui's pixels.
class TrackShapes {
 public:
  // The track's rectangle; shapes outside it are cut.
  TrackShapes(ImVec2 min, ImVec2 max);
  void fill(ImVec2 min, ImVec2 max, ImU32 colour);
  // A line `width` pixels wide; a vertical one is put on whole pixels, so it stays crisp.
  void line(ImVec2 from, ImVec2 to, ImU32 colour, float width);
  // Diagonal strokes `step` pixels apart across the rectangle.
  void hatch(ImVec2 min, ImVec2 max, ImU32 colour, float step);
  // The shapes of `more`, listed for the same rectangle, after these.
  void append(const TrackShapes& more);

  ImVec2 topLeft() const { return {float(x_), float(y_)}; }
  bool operator==(const TrackShapes&) const = default;

 private:
  friend class TrackPicture;
  enum class Kind { Fill, Line, Hatch };
  struct Shape {
    Kind kind;
    float x0, y0, x1, y1;  // a fill's or hatch's corners, a line's ends; from the top left
    ImU32 colour;
    float size;  // a line's width, a hatch's step
    bool operator==(const Shape&) const = default;
  };
  int x_, y_, width_, height_;  // whole pixels
  std::vector<Shape> shapes_;
};

class TrackPicture {
 public:
  // The picture of `shapes`, painted again only if they differ from the last ones.
  const BackdropPicture& paint(TrackShapes shapes);
  const BackdropPicture& picture() const { return picture_; }

 private:
  std::optional<TrackShapes> painted_;
  BackdropPicture picture_;
};

}  // namespace itinera
