// Discs and rings over the map (place markers, cluster badges, travellers), one instanced quad a shape.
#pragma once

#include <imgui.h>

#include <array>
#include <deque>
#include <vector>

#include "render/gl_handles.h"
#include "render/shader_program.h"

namespace itinera {

// ImGui builds a circle as a fan of thin triangles with a blended fringe, and a software
// rasteriser pays for every 4x4 block each small triangle touches; a quad with its edge worked
// out per pixel costs a fraction of that. A shape's concentric layers (a marker's halo, face,
// ring and dot) share one quad, so it costs the pixels of its largest layer, not of all of them.
// Shapes are drawn in the order added, in batches that each go at their own point of a draw
// list (markers under the map labels, travellers over them).
class DiscLayer {
 public:
  // One layer of a shape: a disc, or a ring that may be dashed.
  struct Layer {
    float inner = 0, outer = 0;  // radii in pixels; inner 0 fills the disc
    ImU32 colour = 0;
    float dashOn = 0, dashOff = 0;  // pixels along the ring; 0 off is a whole ring
  };
  static constexpr size_t kMaxLayers = 4;
  static Layer disc(float radius, ImU32 colour) { return {0, radius, colour}; }
  // A ring of `width` centred on `radius`, as ImGui's AddCircle strokes it.
  static Layer ring(float radius, float width, ImU32 colour, float dashOn = 0, float dashOff = 0);

  void clear() { shapes_.clear(), batches_.clear(); }
  // A shape of up to kMaxLayers layers round `centre`, the first at the bottom; it looks as if
  // each layer were drawn over the last.
  void add(ImVec2 centre, const std::array<Layer, kMaxLayers>& layers) { shapes_.push_back({centre, layers}); }
  // Starts a batch: the shapes added from now until the next batch are drawn when ImGui's
  // renderer reaches this point of `list`, inside its clip rectangle.
  void drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight);

 private:
  struct Batch {
    DiscLayer* layer;
    size_t index;  // in batches_
    size_t first;  // in shapes_; it ends where the next batch begins
  };
  void draw(const Batch& batch, const ImVec4& clip);
  bool makeGlObjects();

  struct Shape {
    ImVec2 centre;  // pixels from the window's top left
    std::array<Layer, kMaxLayers> layers;  // unused ones have outer radius 0
  };
  std::vector<Shape> shapes_;
  std::deque<Batch> batches_;  // a deque, so the callbacks' pointers to them stay valid
  ShaderProgram program_;
  gl::VertexArray vao_;
  gl::Buffer instances_;
  bool unusable_ = false;  // the driver refused the shaders
  int width_ = 0, height_ = 0;
};

}  // namespace itinera
