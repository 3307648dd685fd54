// Flat, opaque rectangles under the UI, filled by scissored clears.
#pragma once

#include <imgui.h>

#include <vector>

namespace itinera {

// Panel backgrounds and the slider's day bands. ImGui would fill them as textured, blended
// triangles over every pixel; a clear is the cheapest fill a software rasteriser has.
// Rectangles are filled in the order added, after the map and before ImGui draws on top.
class Backdrop {
 public:
  void clear() { fills_.clear(); }
  void add(ImVec2 min, ImVec2 max, ImU32 opaqueColour);
  // The ImGui window being built, which should then have no background of its own.
  void addCurrentWindow(ImU32 opaqueColour);
  void draw(int framebufferHeight) const;

 private:
  struct Fill {
    int x0, y0, x1, y1;  // pixels, origin top-left
    ImU32 colour;
  };
  std::vector<Fill> fills_;
};

}  // namespace itinera
