// Shader compilation and linking, with the driver's log in the error.
#include "render/shader_program.h"

namespace itinera {
namespace {

std::string compile(GLuint shader, const char* source) {
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok) return {};
  char log[2048] = {};
  glGetShaderInfoLog(shader, sizeof log, nullptr, log);
  return log;
}

}  // namespace

Result<ShaderProgram> ShaderProgram::build(const char* name, const char* vertex, const char* fragment) {
  GLuint vs = glCreateShader(GL_VERTEX_SHADER), fs = glCreateShader(GL_FRAGMENT_SHADER);
  std::string error = compile(vs, vertex);
  if (error.empty()) error = compile(fs, fragment);
  ShaderProgram p;
  if (error.empty()) {
    p.program_ = gl::Program(glCreateProgram());
    glAttachShader(p.program_.get(), vs);
    glAttachShader(p.program_.get(), fs);
    glLinkProgram(p.program_.get());
    GLint ok = 0;
    glGetProgramiv(p.program_.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
      char log[2048] = {};
      glGetProgramInfoLog(p.program_.get(), sizeof log, nullptr, log);
      error = log;
    }
  }
  glDeleteShader(vs);
  glDeleteShader(fs);
  if (!error.empty()) return Error{std::string("shader '") + name + "': " + error};
  return p;
}

GLint ShaderProgram::uniform(const char* name) {
  auto it = uniforms_.find(name);
  if (it != uniforms_.end()) return it->second;
  GLint loc = glGetUniformLocation(program_.get(), name);
  uniforms_.emplace(name, loc);
  return loc;
}

}  // namespace itinera
