// Backdrop rectangles as one draw of opaque triangles.
#include "render/backdrop.h"

#include <embedded_shaders.h>

#include <cmath>
#include <cstddef>
#include <cstdio>

namespace itinera {

void Backdrop::add(ImVec2 min, ImVec2 max, ImU32 opaqueColour) {
  // Whole pixels, so neighbouring rectangles neither overlap nor leave a seam.
  float x0 = std::round(min.x), y0 = std::round(min.y), x1 = std::round(max.x), y1 = std::round(max.y);
  if (x1 <= x0 || y1 <= y0) return;
  for (ImVec2 corner : {ImVec2{x0, y0}, ImVec2{x1, y0}, ImVec2{x1, y1}, ImVec2{x0, y0}, ImVec2{x1, y1}, ImVec2{x0, y1}})
    fills_.push_back({corner.x, corner.y, opaqueColour});
}

void Backdrop::addCurrentWindow(ImU32 opaqueColour) {
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  add(pos, {pos.x + size.x, pos.y + size.y}, opaqueColour);
}

void Backdrop::drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight) {
  width_ = framebufferWidth, height_ = framebufferHeight;
  list->AddCallback([](const ImDrawList*, const ImDrawCmd* command) {
    auto* self = static_cast<Backdrop*>(command->UserCallbackData);
    self->draw(self->width_, self->height_);
  }, this);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);  // ImGui's GL state back for what follows
}

void Backdrop::draw(int framebufferWidth, int framebufferHeight) {
  if (fills_.empty() || unusable_) return;
  if (!vao_.get()) {
    auto program = ShaderProgram::build("backdrop", shaders::backdrop_vert, shaders::backdrop_frag);
    if (!program) {  // the sources are built in, so this is a driver fault: say so once, draw nothing
      std::fprintf(stderr, "itinera: %s\n", program.error().c_str());
      unusable_ = true;
      return;
    }
    program_ = std::move(program.value());
    vao_ = gl::makeVertexArray();
    vertices_ = gl::makeBuffer();
    glBindVertexArray(vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, x)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(Vertex),
                          reinterpret_cast<void*>(offsetof(Vertex, colour)));
  }
  glViewport(0, 0, framebufferWidth, framebufferHeight);
  program_.use();
  glUniform2f(program_.uniform("u_framebuffer"), float(framebufferWidth), float(framebufferHeight));
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
  // Fresh storage each frame: rewriting a buffer a frame still draws from would wait for it.
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(fills_.size() * sizeof(Vertex)), fills_.data(), GL_STREAM_DRAW);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glDrawArrays(GL_TRIANGLES, 0, GLsizei(fills_.size()));
  glEnable(GL_BLEND);
  glBindVertexArray(0);
}

}  // namespace itinera
