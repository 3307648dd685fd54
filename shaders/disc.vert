#version 330 core
// One quad a shape, its corners from gl_VertexID; the instance gives the shape's layers.
layout(location = 0) in vec2 a_centre;      // framebuffer pixels from the top left
layout(location = 1) in vec2 a_radii[4];    // each layer's inner (0 for a disc) and outer radius, pixels; 0 outer: unused
layout(location = 5) in vec4 a_colour[4];
layout(location = 9) in vec2 a_dash[4];     // on, off lengths along a ring in pixels; off = 0 means whole
uniform vec2 u_framebuffer;  // pixels
out vec2 v_offset;
flat out vec2 v_radii[4];
flat out vec4 v_colour[4];
flat out vec2 v_dash[4];
void main() {
  float reach = max(max(a_radii[0].y, a_radii[1].y), max(a_radii[2].y, a_radii[3].y));
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  v_offset = corner * (reach + 1.0);  // a pixel of fringe beyond the edge
  vec2 unit = (a_centre + v_offset) / u_framebuffer;
  gl_Position = vec4(unit.x * 2.0 - 1.0, 1.0 - unit.y * 2.0, 0.0, 1.0);
  v_radii = a_radii;
  v_colour = a_colour;
  v_dash = a_dash;
}
