#version 330 core
// A rectangle of the framebuffer, from four vertices with no buffer: u_box is x, y, width,
// height in pixels from the top left.
uniform vec4 u_box;
uniform vec2 u_framebuffer;  // pixels
void main() {
  vec2 corner = vec2(gl_VertexID & 1, gl_VertexID >> 1);
  vec2 unit = (u_box.xy + corner * u_box.zw) / u_framebuffer;
  gl_Position = vec4(unit.x * 2.0 - 1.0, 1.0 - unit.y * 2.0, 0.0, 1.0);
}
