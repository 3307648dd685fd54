// Discs and rings drawn as instanced quads from an ImGui draw callback.
#include "render/disc_layer.h"

#include <embedded_shaders.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>

namespace itinera {

void DiscLayer::addRing(ImVec2 centre, float radius, float width, ImU32 colour, float dashOn, float dashOff) {
  discs_.push_back({centre, std::max(0.01f, radius - width / 2), radius + width / 2, colour, dashOn, dashOff});
}

void DiscLayer::drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight) {
  width_ = framebufferWidth, height_ = framebufferHeight;
  batches_.push_back({this, batches_.size(), discs_.size()});
  list->AddCallback([](const ImDrawList*, const ImDrawCmd* command) {
    const auto& batch = *static_cast<const Batch*>(command->UserCallbackData);
    batch.layer->draw(batch, command->ClipRect);
  }, &batches_.back());
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);  // ImGui's GL state back for what follows
}

bool DiscLayer::makeGlObjects() {
  if (vao_.get()) return true;
  auto program = ShaderProgram::build("disc", shaders::disc_vert, shaders::disc_frag);
  if (!program) {  // the sources are built in, so this is a driver fault: say so once, draw nothing
    std::fprintf(stderr, "itinera: %s\n", program.error().c_str());
    unusable_ = true;
    return false;
  }
  program_ = std::move(program.value());
  vao_ = gl::makeVertexArray();
  instances_ = gl::makeBuffer();
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  auto attribute = [](GLuint index, GLint size, GLenum type, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, size, type, type == GL_UNSIGNED_BYTE, sizeof(Disc), reinterpret_cast<void*>(offset));
    glVertexAttribDivisor(index, 1);
  };
  attribute(0, 2, GL_FLOAT, offsetof(Disc, centre));
  attribute(1, 2, GL_FLOAT, offsetof(Disc, inner));
  attribute(2, 4, GL_UNSIGNED_BYTE, offsetof(Disc, colour));
  attribute(3, 2, GL_FLOAT, offsetof(Disc, dashOn));
  return true;
}

void DiscLayer::draw(const Batch& batch, const ImVec4& clip) {
  size_t end = batch.index + 1 < batches_.size() ? batches_[batch.index + 1].first : discs_.size();
  if (end == batch.first || unusable_ || !makeGlObjects()) return;
  glViewport(0, 0, width_, height_);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_SCISSOR_TEST);  // GL counts rows from the bottom
  glScissor(int(clip.x), height_ - int(clip.w), int(clip.z - clip.x), int(clip.w - clip.y));
  program_.use();
  glUniform2f(program_.uniform("u_framebuffer"), float(width_), float(height_));
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr((end - batch.first) * sizeof(Disc)), discs_.data() + batch.first,
               GL_STREAM_DRAW);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(end - batch.first));
  glBindVertexArray(0);
}

}  // namespace itinera
