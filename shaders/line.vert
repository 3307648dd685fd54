#version 330 core
// Lines of constant pixel width: each vertex is pushed sideways in screen space.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_extrude;
layout(location = 2) in float a_edge;
layout(location = 3) in float a_along;
uniform vec2 u_offset;
uniform vec2 u_scale;
uniform vec2 u_viewport;     // pixels
uniform float u_halfWidth;   // pixels, including one pixel of anti-aliasing fringe
uniform float u_metresPerPixel;
out float v_edge;
out float v_alongPx;
void main() {
  vec2 clip = (a_position + u_offset) * u_scale;
  clip += a_extrude * u_halfWidth * 2.0 / u_viewport;
  gl_Position = vec4(clip, 0.0, 1.0);
  v_edge = a_edge * u_halfWidth;
  v_alongPx = a_along / u_metresPerPixel;
}
