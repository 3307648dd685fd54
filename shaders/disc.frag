#version 330 core
// Coverage from the distance to the centre: edges anti-aliased over a pixel, as ImGui draws them.
in vec2 v_offset;
flat in vec2 v_radii[4];
flat in vec4 v_colour[4];
flat in vec2 v_dash[4];
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
// How much of the pixel layer `k` covers.
float coverage(int k, float d) {
  float c = clamp(v_radii[k].y + 0.5 - d, 0.0, 1.0);
  if (v_radii[k].x > 0.0) c *= clamp(d - v_radii[k].x + 0.5, 0.0, 1.0);
  if (v_dash[k].y > 0.0) {
    // Dashes measured along the ring's middle, from the right-hand point clockwise on screen.
    float along = angleOf(v_offset) * (v_radii[k].x + v_radii[k].y) * 0.5;
    c *= clamp(v_dash[k].x - mod(along, v_dash[k].x + v_dash[k].y) + 0.5, 0.0, 1.0);
  }
  return c;
}
void main() {
  float d = length(v_offset);
  // The layers so far, each over the last as blending would put it; premultiplied, so the
  // framebuffer blends it with ONE, ONE_MINUS_SRC_ALPHA. An unused layer is clear.
  vec4 shape = vec4(0.0);
  for (int k = 0; k < 4; ++k) {
    float a = v_colour[k].a * coverage(k, d);
    shape = vec4(v_colour[k].rgb * a, a) + shape * (1.0 - a);
  }
  o_color = shape;
}
