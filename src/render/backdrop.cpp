// Backdrop rectangles as one draw of opaque triangles, then its pictures as opaque quads.
#include "render/backdrop.h"

#include <embedded_shaders.h>

#include <algorithm>
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

void Backdrop::addPicture(ImVec2 topLeft, const BackdropPicture& picture) {
  if (picture.width > 0 && picture.height > 0) pictures_.push_back({topLeft, &picture});
}

void Backdrop::drawWhenRendered(ImDrawList* list, int framebufferWidth, int framebufferHeight) {
  width_ = framebufferWidth, height_ = framebufferHeight;
  list->AddCallback([](const ImDrawList*, const ImDrawCmd* command) {
    auto* self = static_cast<Backdrop*>(command->UserCallbackData);
    self->draw(self->width_, self->height_);
  }, this);
  list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);  // ImGui's GL state back for what follows
}

bool Backdrop::makeGlObjects() {
  if (vao_.get()) return true;
  auto program = ShaderProgram::build("backdrop", shaders::backdrop_vert, shaders::backdrop_frag);
  auto picture = ShaderProgram::build("picture", shaders::picture_vert, shaders::picture_frag);
  if (!program || !picture) {  // the sources are built in, so this is a driver fault: say so once, draw nothing
    std::fprintf(stderr, "itinera: %s\n", (program ? picture.error() : program.error()).c_str());
    unusable_ = true;
    return false;
  }
  program_ = std::move(program.value());
  pictureProgram_ = std::move(picture.value());
  vao_ = gl::makeVertexArray();
  noVertices_ = gl::makeVertexArray();  // the core profile draws only with one bound
  vertices_ = gl::makeBuffer();
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(Vertex), reinterpret_cast<void*>(offsetof(Vertex, colour)));
  return true;
}

void Backdrop::draw(int framebufferWidth, int framebufferHeight) {
  if ((fills_.empty() && pictures_.empty()) || unusable_ || !makeGlObjects()) return;
  glViewport(0, 0, framebufferWidth, framebufferHeight);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  if (!fills_.empty()) {
    program_.use();
    glUniform2f(program_.uniform("u_framebuffer"), float(framebufferWidth), float(framebufferHeight));
    glBindVertexArray(vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    // Fresh storage each frame: rewriting a buffer a frame still draws from would wait for it.
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(fills_.size() * sizeof(Vertex)), fills_.data(), GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, GLsizei(fills_.size()));
  }
  drawPictures(framebufferWidth, framebufferHeight);
  glEnable(GL_BLEND);
  glBindVertexArray(0);
}

void Backdrop::drawPictures(int framebufferWidth, int framebufferHeight) {
  if (pictures_.empty()) return;
  pictureProgram_.use();
  glUniform2f(pictureProgram_.uniform("u_framebuffer"), float(framebufferWidth), float(framebufferHeight));
  glUniform1i(pictureProgram_.uniform("u_picture"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(noVertices_.get());
  for (const Placed& placed : pictures_) {
    glBindTexture(GL_TEXTURE_2D, textureOf(*placed.picture));
    glUniform4f(pictureProgram_.uniform("u_box"), std::round(placed.topLeft.x), std::round(placed.topLeft.y),
                float(placed.picture->width), float(placed.picture->height));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  }
  glBindTexture(GL_TEXTURE_2D, 0);
}

GLuint Backdrop::textureOf(const BackdropPicture& picture) {
  auto it = std::find_if(uploaded_.begin(), uploaded_.end(), [&](const Uploaded& u) { return u.picture == &picture; });
  if (it == uploaded_.end()) {
    uploaded_.push_back({&picture, picture.serial - 1, gl::makeTexture()});
    it = uploaded_.end() - 1;
    glBindTexture(GL_TEXTURE_2D, it->texture.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);  // one texel a pixel
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(GL_TEXTURE_2D, it->texture.get());
  if (it->serial != picture.serial) {
    it->serial = picture.serial;
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, picture.width, picture.height, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV,
                 picture.pixels.data());
  }
  return it->texture.get();
}

}  // namespace itinera
