// ImGui windows that draw the same as in the frame before (a legend, an agenda the clock has not
// moved, a toolbar) are drawn once into a texture and from then on as one quad: a software
// rasteriser pays for every triangle, and a panel of text is thousands of them.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/gl_handles.h"
#include "render/shader_program.h"

namespace itinera {

// A hash of what a list draws: its vertices, indices, clip rectangles and textures.
uint64_t drawListSignature(const ImDrawList& list);

class DrawListCache {
 public:
  DrawListCache();
  // Draws `data` into the bound framebuffer as ImGui's OpenGL backend does, each list in order,
  // a list unchanged since the frame before from its texture.
  void render(ImDrawData* data);
  // The windows (ImGui's names of their lists) the last render() drew from a texture.
  const std::vector<std::string>& fromTextureLastFrame() const { return fromTexture_; }

 private:
  struct Box {
    int x = 0, y = 0, width = 0, height = 0;  // framebuffer pixels from the top left
    bool operator==(const Box&) const = default;
  };
  struct Entry {
    uint64_t signature = 0;
    Box box;
    int textureWidth = 0, textureHeight = 0;
    bool drawn = false;  // the texture holds the list as its signature says
    bool seen = false;   // in this frame's lists
    gl::Texture texture;
    gl::Framebuffer framebuffer;
  };

  // The framebuffer pixels the list may touch.
  static Box drawnExtent(const ImDrawList& list, int width, int height);
  void drawDirectly(ImDrawData* data, ImDrawList** lists, int count);
  void drawIntoTexture(ImDrawData* data, ImDrawList* list, Entry& entry);
  void composite(const Entry& entry, int framebufferWidth, int framebufferHeight);

  std::unordered_map<const ImDrawList*, Entry> entries_;
  std::optional<ShaderProgram> program_;  // none if it failed to build: every list is drawn directly
  gl::VertexArray emptyVertexArray_;
  std::vector<std::string> fromTexture_;
};

}  // namespace itinera
