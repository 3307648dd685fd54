#version 330 core
// A backdrop picture's quad from its box in framebuffer pixels (origin top left); no vertex buffer.
uniform vec4 u_box;  // x, y, width, height
uniform vec2 u_framebuffer;  // pixels
out vec2 v_uv;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  vec2 unit = (u_box.xy + corner * u_box.zw) / u_framebuffer;
  gl_Position = vec4(unit.x * 2.0 - 1.0, 1.0 - unit.y * 2.0, 0.0, 1.0);
  v_uv = corner;  // the picture's first row is its top
}
