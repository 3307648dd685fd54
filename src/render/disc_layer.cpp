// Discs and rings drawn as instanced quads, a quad a shape, from an ImGui draw callback.
#include "render/disc_layer.h"

#include <embedded_shaders.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>

namespace itinera {

DiscLayer::Layer DiscLayer::ring(float radius, float width, ImU32 colour, float dashOn, float dashOff) {
  return {std::max(0.01f, radius - width / 2), radius + width / 2, colour, dashOn, dashOff};
}

void DiscLayer::drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight) {
  width_ = framebufferWidth, height_ = framebufferHeight;
  batches_.push_back({this, batches_.size(), shapes_.size()});
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
    glVertexAttribPointer(index, size, type, type == GL_UNSIGNED_BYTE, sizeof(Shape), reinterpret_cast<void*>(offset));
    glVertexAttribDivisor(index, 1);
  };
  attribute(0, 2, GL_FLOAT, offsetof(Shape, centre));
  for (GLuint k = 0; k < kMaxLayers; ++k) {  // the shader's arrays a_radii, a_colour, a_dash
    size_t layer = offsetof(Shape, layers) + k * sizeof(Layer);
    attribute(1 + k, 2, GL_FLOAT, layer + offsetof(Layer, inner));
    attribute(1 + kMaxLayers + k, 4, GL_UNSIGNED_BYTE, layer + offsetof(Layer, colour));
    attribute(1 + 2 * kMaxLayers + k, 2, GL_FLOAT, layer + offsetof(Layer, dashOn));
  }
  return true;
}

void DiscLayer::draw(const Batch& batch, const ImVec4& clip) {
  size_t end = batch.index + 1 < batches_.size() ? batches_[batch.index + 1].first : shapes_.size();
  if (end == batch.first || unusable_ || !makeGlObjects()) return;
  glViewport(0, 0, width_, height_);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // the shader gives premultiplied colour
  glEnable(GL_SCISSOR_TEST);  // GL counts rows from the bottom
  glScissor(int(clip.x), height_ - int(clip.w), int(clip.z - clip.x), int(clip.w - clip.y));
  program_.use();
  glUniform2f(program_.uniform("u_framebuffer"), float(width_), float(height_));
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr((end - batch.first) * sizeof(Shape)), shapes_.data() + batch.first,
               GL_STREAM_DRAW);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(end - batch.first));
  glBindVertexArray(0);
}

}  // namespace itinera
