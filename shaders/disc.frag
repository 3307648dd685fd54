#version 330 core
// Coverage from the distance to the centre: edges anti-aliased over a pixel, as ImGui draws them.
in vec2 v_offset;
flat in vec2 v_radii;
flat in vec4 v_colour;
flat in vec2 v_dash;
out vec4 o_color;
// The angle of `p` from 0 to 2 pi, to about 1e-5 radian: a polynomial is far cheaper than a
// software rasteriser's atan, which every pixel of every shape would pay for.
float angleOf(vec2 p) {
  vec2 a = abs(p);
  float t = min(a.x, a.y) / max(max(a.x, a.y), 1e-6), s = t * t;
  float r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * t + t;
  if (a.y > a.x) r = 1.5707963 - r;
  if (p.x < 0.0) r = 3.1415927 - r;
  return p.y < 0.0 ? 6.2831853 - r : r;
}
void main() {
  float d = length(v_offset);
  float coverage = clamp(v_radii.y + 0.5 - d, 0.0, 1.0);
  if (v_radii.x > 0.0) coverage *= clamp(d - v_radii.x + 0.5, 0.0, 1.0);
  if (v_dash.y > 0.0) {
    // Dashes measured along the ring's middle, from the right-hand point clockwise on screen.
    float along = angleOf(v_offset) * (v_radii.x + v_radii.y) * 0.5;
    coverage *= clamp(v_dash.x - mod(along, v_dash.x + v_dash.y) + 0.5, 0.0, 1.0);
  }
  o_color = vec4(v_colour.rgb, v_colour.a * coverage);
}
