// Flat, opaque rectangles under the UI, filled in one draw.
#pragma once

#include <imgui.h>

#include <vector>

#include "render/shader_program.h"

namespace itinera {

// Panel backgrounds, the slider's day bands and the frame round the map. ImGui would fill
// them as textured, blended triangles; opaque flat triangles without blending are the
// cheapest fill a software rasteriser has, and one draw call sets it up once.
// Rectangles are filled in the order added, after the map and before ImGui draws on top.
class Backdrop {
 public:
  void clear() { fills_.clear(); }
  void add(ImVec2 min, ImVec2 max, ImU32 opaqueColour);
  // The ImGui window being built, which should then have no background of its own.
  void addCurrentWindow(ImU32 opaqueColour);
  // Needs a current GL context; makes its GL objects on first use.
  void draw(int framebufferWidth, int framebufferHeight);

 private:
  struct Vertex {
    float x, y;  // pixels, origin top-left
    ImU32 colour;
  };
  std::vector<Vertex> fills_;  // two triangles a rectangle
  ShaderProgram program_;
  gl::VertexArray vao_;
  gl::Buffer vertices_;
  bool unusable_ = false;  // the driver refused the shaders
};

}  // namespace itinera
