// Layout arithmetic.
#include "core/layout/screen_layout.h"

#include <algorithm>
#include <cmath>

namespace itinera {
namespace {

// The view toolbar's usual right edge at UI scale 1: its widest row, the four views' buttons,
// 10 px from the window's edge (drawn, it measures 475 px).
constexpr double kToolbarWidth = 480;

}  // namespace

ScreenLayout screenLayout(Viewport window, float s, bool presenter, bool hasTrip) {
  ScreenLayout l;
  double w = window.width, h = window.height, gap = 8 * s;
  double sliderH = hasTrip ? (presenter ? presenterBarHeight(window) : 130 * s) : 0;
  double sideW = hasTrip && !presenter ? std::min(460.0 * s, w * 0.34) : 0;
  if (hasTrip) l.slider = presenter ? Rect{0, h - sliderH, w, sliderH} : Rect{gap, h - sliderH - gap, w - 2 * gap, sliderH};
  if (sideW > 0) l.side = {w - sideW - gap, gap, sideW, h - sliderH - 3 * gap};
  double right = sideW > 0 ? l.side.x - gap : w;
  double bottom = hasTrip ? l.slider.y - (presenter ? 0 : gap) : h;
  l.mapArea = {0, 0, std::max(1.0, right), std::max(1.0, bottom)};
  return l;
}

CaptionPlace captionPlace(const Rect& mapArea, float s, bool presenter, const std::vector<Rect>& windowsOnMap) {
  const double gap = 10 * s;
  const double bottom = mapArea.y + mapArea.height - gap;
  if (presenter)
    return {mapArea.x + mapArea.width * 0.85, mapArea.y + gap, mapArea.width * 0.7, bottom - mapArea.y - gap};
  CaptionPlace c;
  c.right = mapArea.x + mapArea.width - 80 * s;
  c.top = mapArea.y + gap;
  // The toolbar's usual extent, or where it is. The caption keeps clear of the usual extent
  // even where the toolbar is smaller, so it is placed alike with the toolbar measured (the
  // window) and without (`render --ui`).
  double left = mapArea.x + kToolbarWidth * s + gap, below = mapArea.y + toolbarBandHeight(s);
  for (const Rect& w : windowsOnMap) {
    left = std::max(left, w.x + w.width + gap);
    below = std::max(below, w.y + w.height);
  }
  c.maxWidth = std::max(0.0, std::min(mapArea.width * 0.55, c.right - left));
  c.maxHeight = std::max(0.0, bottom - c.top);
  if (c.maxWidth < 200 * s) {
    c.belowToolbar = true;
    c.top = below + gap;
    c.maxWidth = std::max(0.0, std::min(mapArea.width * 0.55, c.right - mapArea.x - gap));
    c.maxHeight = std::max(0.0, std::min(bottom - c.top, 160.0 * s));
  }
  return c;
}

Rect areaBelow(const Rect& area, double bandBottom) {
  if (bandBottom <= area.y || bandBottom >= area.y + area.height / 2) return area;
  return {area.x, bandBottom, area.width, area.y + area.height - bandBottom};
}

double toolbarMargin(float s) { return 10.0 * s; }

double toolbarBandHeight(float s) {
  const double lineHeight = 21, framePadY = 3, itemSpacingY = 4, windowPadY = 8;
  double row = lineHeight + 2 * framePadY;
  return toolbarMargin(s) + (2 * row + itemSpacingY + 2 * windowPadY) * s;
}

double presenterBarHeight(Viewport window) { return std::max(4.0, std::round(window.height / 180.0)); }

Rect presenterCardArea(Viewport window, float s) {
  Rect map = screenLayout(window, s, true, true).mapArea;
  // Below the north arrow, which stays in the map's top right corner.
  double gap = 16 * s, top = map.y + 84 * s, left = map.x + map.width * (1 - kPresenterCardShare);
  return {left, top, map.x + map.width - gap - left, map.y + map.height - gap - top};
}

Rect storyArea(Viewport window, float s, bool presenter, bool hasTrip, bool toolbar) {
  Rect area = screenLayout(window, s, presenter, hasTrip).mapArea;
  // The event cards take the right of the screen; the story is framed to their left.
  if (presenter && hasTrip) return {area.x, area.y, presenterCardArea(window, s).x - area.x, area.height};
  if (presenter || !toolbar) return area;
  double band = toolbarBandHeight(s);
  // In a narrow window the caption's band is below the toolbar: the story goes below both.
  CaptionPlace caption = captionPlace(area, s, false, {});
  if (caption.belowToolbar) band = caption.top + caption.maxHeight;
  return areaBelow(area, band);
}

std::vector<Rect> uncoveredParts(const Rect& outer, const std::vector<Rect>& covered) {
  // Cut `outer` into horizontal bands at every top and bottom edge; in each band, the runs
  // between the covering rectangles are uncovered.
  std::vector<double> ys{outer.y, outer.y + outer.height};
  for (const Rect& r : covered)
    for (double y : {r.y, r.y + r.height})
      if (y > outer.y && y < outer.y + outer.height) ys.push_back(y);
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  std::vector<Rect> out;
  for (size_t i = 0; i + 1 < ys.size(); ++i) {
    double top = ys[i], bottom = ys[i + 1];
    std::vector<std::pair<double, double>> spans;  // covered x ranges in this band
    for (const Rect& r : covered)
      if (r.y <= top && r.y + r.height >= bottom && r.width > 0) spans.push_back({r.x, r.x + r.width});
    std::sort(spans.begin(), spans.end());
    double x = outer.x;
    for (auto [from, to] : spans) {
      if (from > x) out.push_back({x, top, std::min(from, outer.x + outer.width) - x, bottom - top});
      x = std::max(x, to);
    }
    if (x < outer.x + outer.width) out.push_back({x, top, outer.x + outer.width - x, bottom - top});
  }
  std::erase_if(out, [](const Rect& r) { return r.width <= 0 || r.height <= 0; });
  return out;
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
