// A soft dilation of each halo glyph into the padding around it.
#include "render/font_halo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace itinera {
namespace {

struct PixelRect {
  int x0, y0, x1, y1;
};

PixelRect rectOf(const ImFontGlyph& g, int width, int height) {
  return {int(std::lround(g.U0 * float(width))), int(std::lround(g.V0 * float(height))),
          int(std::lround(g.U1 * float(width))), int(std::lround(g.V1 * float(height)))};
}

}  // namespace

void growHalos(ImFontAtlas& atlas, const std::vector<ImFont*>& haloFonts, int radius) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (!pixels || radius <= 0) return;
  // Which pixels belong to an image already: every glyph and ImGui's own (cursors, lines).
  // One bit a pixel: fresh memory is slow to touch on some virtual machines.
  std::vector<bool> taken(size_t(width) * size_t(height), false);
  auto mark = [&](PixelRect r) {
    for (int y = std::max(0, r.y0); y < std::min(height, r.y1); ++y)
      for (int x = std::max(0, r.x0); x < std::min(width, r.x1); ++x) taken[size_t(y) * width + x] = true;
  };
  for (ImFont* font : atlas.Fonts)
    for (const ImFontGlyph& g : font->Glyphs) mark(rectOf(g, width, height));
  for (const ImFontAtlasCustomRect& r : atlas.CustomRects) mark({r.X, r.Y, r.X + r.Width, r.Y + r.Height});

  // A separable soft dilation: along rows, then along columns. Coverage falls from full at
  // `radius` pixels to none a pixel further out; corners come out slightly rounded.
  std::vector<float> weights;  // by distance 0, 1, ...
  for (int d = 0; d <= radius + 1; ++d) weights.push_back(std::clamp(radius + 1.f - float(d), 0.f, 1.f));
  const int reach = radius + 1;
  std::vector<float> glyph, rows;
  for (ImFont* font : haloFonts)
    for (ImFontGlyph& g : font->Glyphs) {
      if (!g.Visible) continue;
      PixelRect in = rectOf(g, width, height);
      PixelRect out{in.x0 - radius, in.y0 - radius, in.x1 + radius, in.y1 + radius};
      if (out.x0 < 0 || out.y0 < 0 || out.x1 > width || out.y1 > height) continue;
      bool free = true;
      for (int y = out.y0; y < out.y1 && free; ++y)
        for (int x = out.x0; x < out.x1 && free; ++x) {
          bool inside = x >= in.x0 && x < in.x1 && y >= in.y0 && y < in.y1;
          free = inside || !taken[size_t(y) * width + x];
        }
      if (!free) continue;
      mark(out);
      // The glyph with `radius` empty pixels around it, then dilated along rows.
      const int w = out.x1 - out.x0, h = out.y1 - out.y0;
      glyph.assign(size_t(w) * h, 0.f);
      for (int y = in.y0; y < in.y1; ++y)
        for (int x = in.x0; x < in.x1; ++x)
          glyph[size_t(y - out.y0) * w + (x - out.x0)] = pixels[size_t(y) * width + x];
      rows.assign(size_t(w) * h, 0.f);
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
          float best = 0;
          for (int d = -reach; d <= reach; ++d)
            if (x + d >= 0 && x + d < w) best = std::max(best, glyph[size_t(y) * w + x + d] * weights[std::abs(d)]);
          rows[size_t(y) * w + x] = best;
        }
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
          float best = 0;
          for (int d = -reach; d <= reach; ++d)
            if (y + d >= 0 && y + d < h) best = std::max(best, rows[size_t(y + d) * w + x] * weights[std::abs(d)]);
          pixels[size_t(out.y0 + y) * width + out.x0 + x] = static_cast<unsigned char>(std::lround(best));
        }
      const float r = float(radius);
      g.X0 -= r, g.Y0 -= r, g.X1 += r, g.Y1 += r;
      g.U0 = float(out.x0) / float(width), g.V0 = float(out.y0) / float(height);
      g.U1 = float(out.x1) / float(width), g.V1 = float(out.y1) / float(height);
    }
}

}  // namespace itinera
