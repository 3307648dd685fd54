// Layout arithmetic.
#include "core/screen_layout.h"

#include <algorithm>

namespace itinera {

ScreenLayout screenLayout(Viewport window, float s, bool presenter, bool hasTrip) {
  ScreenLayout l;
  double w = window.width, h = window.height, gap = 8 * s;
  double sliderH = hasTrip ? (presenter ? 150 : 130) * s : 0;
  double sideW = hasTrip && !presenter ? std::min(460.0 * s, w * 0.34) : 0;
  if (hasTrip) l.slider = {gap, h - sliderH - gap, w - 2 * gap, sliderH};
  if (sideW > 0) l.side = {w - sideW - gap, gap, sideW, h - sliderH - 3 * gap};
  double right = sideW > 0 ? l.side.x - gap : w;
  double bottom = hasTrip ? l.slider.y - gap : h;
  l.mapArea = {0, 0, std::max(1.0, right), std::max(1.0, bottom)};
  return l;
}

Camera cameraFraming(const MapBox& box, Viewport window, const Rect& area, double margin) {
  Camera inner;
  inner.viewport = {int(area.width), int(area.height)};
  inner.fit(box, margin);
  Camera c = inner;
  c.viewport = window;
  // Shift the centre so the box sits in the middle of `area`, not of the window.
  double dx = (area.x + area.width / 2) - window.width / 2.0;
  double dy = (area.y + area.height / 2) - window.height / 2.0;
  c.center = {inner.center.x - dx * c.metresPerPixel, inner.center.y + dy * c.metresPerPixel};
  return c;
}

}  // namespace itinera
