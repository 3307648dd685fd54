#version 330 core
// One quad a disc or ring, its corners from gl_VertexID; the instance gives the shape.
layout(location = 0) in vec2 a_centre;   // framebuffer pixels from the top left
layout(location = 1) in vec2 a_radii;    // inner (0 for a filled disc) and outer radius, pixels
layout(location = 2) in vec4 a_colour;
layout(location = 3) in vec2 a_dash;     // on, off lengths along the ring in pixels; off = 0 means whole
uniform vec2 u_framebuffer;  // pixels
out vec2 v_offset;
flat out vec2 v_radii;
flat out vec4 v_colour;
flat out vec2 v_dash;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  v_offset = corner * (a_radii.y + 1.0);  // a pixel of fringe beyond the edge
  vec2 unit = (a_centre + v_offset) / u_framebuffer;
  gl_Position = vec4(unit.x * 2.0 - 1.0, 1.0 - unit.y * 2.0, 0.0, 1.0);
  v_radii = a_radii;
  v_colour = a_colour;
  v_dash = a_dash;
}
