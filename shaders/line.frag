#version 330 core
// Anti-aliasing from the distance to the line's centre, no MSAA needed.
in float v_edge;
in float v_alongPx;
uniform vec4 u_color;
uniform float u_halfWidth;
uniform vec2 u_dash;  // on, off lengths in pixels; off = 0 means solid
out vec4 o_color;
void main() {
  float coverage = clamp(u_halfWidth - abs(v_edge), 0.0, 1.0);
  if (u_dash.y > 0.0) {
    float phase = mod(v_alongPx, u_dash.x + u_dash.y);
    coverage *= clamp(u_dash.x - phase + 0.5, 0.0, 1.0);
  }
  if (coverage <= 0.0) discard;
  o_color = vec4(u_color.rgb, u_color.a * coverage);
}
