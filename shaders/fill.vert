#version 330 core
// Map fill: positions in metres relative to the mesh origin.
layout(location = 0) in vec2 a_position;
uniform vec2 u_offset;  // mesh origin minus camera centre, metres
uniform vec2 u_scale;   // metres to clip space
void main() {
  gl_Position = vec4((a_position + u_offset) * u_scale, 0.0, 1.0);
}
