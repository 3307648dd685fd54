// Framebuffer object set-up and pixel read-back.
#include "render/offscreen_target.h"

#include <algorithm>
#include <string>

namespace itinera {

Result<OffscreenTarget> OffscreenTarget::create(Viewport size) {
  GLint maxSize = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  if (size.width > maxSize || size.height > maxSize)
    return Error{"size " + std::to_string(size.width) + "x" + std::to_string(size.height) +
                 " exceeds this OpenGL's limit of " + std::to_string(maxSize) + " pixels"};
  OffscreenTarget t;
  t.size_ = size;
  GLuint fb = 0, rb = 0;
  glGenFramebuffers(1, &fb);
  glGenRenderbuffers(1, &rb);
  t.framebuffer_ = gl::Framebuffer(fb);
  t.color_ = gl::Renderbuffer(rb);
  glBindRenderbuffer(GL_RENDERBUFFER, rb);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, size.width, size.height);
  glBindFramebuffer(GL_FRAMEBUFFER, fb);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    return Error{"cannot create an offscreen framebuffer of that size (out of memory?)"};
  return t;
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get()); }

std::vector<uint8_t> OffscreenTarget::readPixels() const {
  size_t row = size_t(size_.width) * 4;
  std::vector<uint8_t> pixels(row * size_.height);
  bind();
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, size_.width, size_.height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL's first row is the bottom one: flip in place, not into a second full-size image.
  for (int top = 0, bottom = size_.height - 1; top < bottom; ++top, --bottom)
    std::swap_ranges(pixels.begin() + row * top, pixels.begin() + row * (top + 1), pixels.begin() + row * bottom);
  return pixels;
}

}  // namespace itinera
