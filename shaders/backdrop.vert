#version 330 core
// Backdrop rectangles: positions in framebuffer pixels from the top left, one colour each.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec4 a_colour;
uniform vec2 u_framebuffer;  // pixels
out vec4 v_colour;
void main() {
  vec2 unit = a_position / u_framebuffer;
  gl_Position = vec4(unit.x * 2.0 - 1.0, 1.0 - unit.y * 2.0, 0.0, 1.0);
  v_colour = a_colour;
}
