// A linked GL program built from embedded shader sources, with cached uniform locations.
#pragma once

#include <string>
#include <unordered_map>

#include "core/io/result.h"
#include "render/gl_handles.h"

namespace itinera {

class ShaderProgram {
 public:
  static Result<ShaderProgram> build(const char* name, const char* vertex, const char* fragment);

  void use() const { glUseProgram(program_.get()); }
  GLint uniform(const char* name);

 private:
  gl::Program program_;
  std::unordered_map<std::string, GLint> uniforms_;
};

}  // namespace itinera
