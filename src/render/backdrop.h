// Flat, opaque rectangles under the UI, filled in one draw.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

#include "render/gl_handles.h"
#include "render/shader_program.h"

namespace itinera {

// An opaque image for the backdrop, painted on the CPU: Cairo's ARGB32 pixels (0xAARRGGBB
// words), rows from the top. `serial` changes whenever the pixels do.
struct BackdropPicture {
  int width = 0, height = 0;
  std::vector<uint32_t> pixels;
  uint64_t serial = 0;
};

// Panel and window backgrounds, the frame round the map, and pictures (the slider's track).
// ImGui would fill them as textured, blended triangles, which cost a software rasteriser several
// times more a pixel; opaque flat triangles without blending are the cheapest fill it has, and
// one draw call sets it up once. Rectangles are filled in the order added.
class Backdrop {
 public:
  void clear() { fills_.clear(), pictures_.clear(); }
  void add(ImVec2 min, ImVec2 max, ImU32 opaqueColour);
  // The ImGui window being built, which should then have no background of its own.
  void addCurrentWindow(ImU32 opaqueColour);
  // `picture` with its top left at whole pixel `topLeft`, after the rectangles. It must live
  // until drawn; it is uploaded again only when its serial changes.
  void addPicture(ImVec2 topLeft, const BackdropPicture& picture);
  // Needs a current GL context; makes its GL objects on first use.
  void draw(int framebufferWidth, int framebufferHeight);
  // Fills the rectangles when ImGui's renderer reaches this point of `list` (e.g. after the
  // trip drawn on the map, before any window), however many are added before ImGui renders.
  void drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight);

 private:
  struct Vertex {
    float x, y;  // pixels, origin top-left
    ImU32 colour;
  };
  struct Placed {
    ImVec2 topLeft;
    const BackdropPicture* picture;
  };
  struct Uploaded {
    const BackdropPicture* picture = nullptr;
    uint64_t serial = 0;
    gl::Texture texture;
  };
  bool makeGlObjects();
  void drawPictures(int framebufferWidth, int framebufferHeight);
  GLuint textureOf(const BackdropPicture& picture);

  std::vector<Vertex> fills_;  // two triangles a rectangle
  std::vector<Placed> pictures_;
  std::vector<Uploaded> uploaded_;  // by picture, kept across frames
  ShaderProgram program_, pictureProgram_;
  gl::VertexArray vao_, noVertices_;
  gl::Buffer vertices_;
  bool unusable_ = false;  // the driver refused the shaders
  int width_ = 0, height_ = 0;  // drawWhenRendered's framebuffer
};

}  // namespace itinera
