// Scissored clears, one per rectangle.
#include "render/backdrop.h"

#include <epoxy/gl.h>

#include <cmath>

namespace itinera {

void Backdrop::add(ImVec2 min, ImVec2 max, ImU32 opaqueColour) {
  Fill f{int(std::lround(min.x)), int(std::lround(min.y)), int(std::lround(max.x)), int(std::lround(max.y)),
         opaqueColour};
  if (f.x1 > f.x0 && f.y1 > f.y0) fills_.push_back(f);
}

void Backdrop::addCurrentWindow(ImU32 opaqueColour) {
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  add(pos, {pos.x + size.x, pos.y + size.y}, opaqueColour);
}

void Backdrop::draw(int framebufferHeight) const {
  if (fills_.empty()) return;
  glEnable(GL_SCISSOR_TEST);
  for (const Fill& f : fills_) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(f.colour);
    glScissor(f.x0, framebufferHeight - f.y1, f.x1 - f.x0, f.y1 - f.y0);  // GL counts rows from the bottom
    glClearColor(c.x, c.y, c.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  glDisable(GL_SCISSOR_TEST);
}

}  // namespace itinera
