// A framebuffer of any size to draw into without a visible window, read back as RGBA.
#pragma once

#include <cstdint>
#include <vector>

#include "core/camera/camera.h"
#include "core/io/result.h"
#include "render/gl_handles.h"

namespace itinera {

class OffscreenTarget {
 public:
  static Result<OffscreenTarget> create(Viewport size);
  void bind() const;
  // Pixels top row first, 4 bytes each.
  std::vector<uint8_t> readPixels() const;

 private:
  Viewport size_;
  gl::Framebuffer framebuffer_;
  gl::Renderbuffer color_;
};

}  // namespace itinera
