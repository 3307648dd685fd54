// Move-only owners of OpenGL object names.
#pragma once

#include <epoxy/gl.h>

#include <utility>

namespace itinera::gl {

template <void (*Delete)(GLuint)>
class Handle {
 public:
  Handle() = default;
  explicit Handle(GLuint name) : name_(name) {}
  Handle(Handle&& o) noexcept : name_(std::exchange(o.name_, 0)) {}
  Handle& operator=(Handle&& o) noexcept {
    if (this != &o) {
      reset();
      name_ = std::exchange(o.name_, 0);
    }
    return *this;
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() { reset(); }

  GLuint get() const { return name_; }
  void reset() {
    if (name_) Delete(name_);
    name_ = 0;
  }

 private:
  GLuint name_ = 0;
};

inline void deleteBuffer(GLuint n) { glDeleteBuffers(1, &n); }
inline void deleteVertexArray(GLuint n) { glDeleteVertexArrays(1, &n); }
inline void deleteProgram(GLuint n) { glDeleteProgram(n); }
inline void deleteFramebuffer(GLuint n) { glDeleteFramebuffers(1, &n); }
inline void deleteRenderbuffer(GLuint n) { glDeleteRenderbuffers(1, &n); }
inline void deleteTexture(GLuint n) { glDeleteTextures(1, &n); }

using Buffer = Handle<deleteBuffer>;
using VertexArray = Handle<deleteVertexArray>;
using Program = Handle<deleteProgram>;
using Framebuffer = Handle<deleteFramebuffer>;
using Renderbuffer = Handle<deleteRenderbuffer>;
using Texture = Handle<deleteTexture>;

inline Buffer makeBuffer() { GLuint n = 0; glGenBuffers(1, &n); return Buffer(n); }
inline VertexArray makeVertexArray() { GLuint n = 0; glGenVertexArrays(1, &n); return VertexArray(n); }
inline Texture makeTexture() { GLuint n = 0; glGenTextures(1, &n); return Texture(n); }

}  // namespace itinera::gl
