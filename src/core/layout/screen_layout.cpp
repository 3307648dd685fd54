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

namespace {

double sideColumnWidth(double windowWidth, float s) { return std::min(460.0 * s, windowWidth * 0.34); }

}  // namespace

bool foldsSidePanels(Viewport window, float s) {
  // The map beside the column must hold the toolbar, a caption of the least width and the
  // north arrow's corner.
  double mapWidth = window.width - sideColumnWidth(window.width, s) - 16 * s;
  return mapWidth < kToolbarWidth * s + 10 * s + minCaptionWidth(s) + 80 * s;
}

double agendaTabHeight(float s) { return 36.0 * s; }
double minCaptionWidth(float s) { return 320.0 * s; }

ScreenLayout screenLayout(Viewport window, float s, bool presenter, bool hasTrip, bool panelsOpened) {
  ScreenLayout l;
  double w = window.width, h = window.height, gap = 8 * s;
  double sliderH = hasTrip ? (presenter ? presenterBarHeight(window) : 130 * s) : 0;
  double sideW = hasTrip && !presenter ? sideColumnWidth(w, s) : 0;
  if (hasTrip) l.slider = presenter ? Rect{0, h - sliderH, w, sliderH} : Rect{gap, h - sliderH - gap, w - 2 * gap, sliderH};
  double bottom = hasTrip ? l.slider.y - (presenter ? 0 : gap) : h;
  l.sideFolded = sideW > 0 && !panelsOpened && foldsSidePanels(window, s);
  if (l.sideFolded) {
    double tabW = std::min(sideW, 300.0 * s), tabH = agendaTabHeight(s);
    l.side = {w - tabW - gap, bottom - tabH - gap, tabW, tabH};
    sideW = 0;
  } else if (sideW > 0) {
    l.side = {w - sideW - gap, gap, sideW, h - sliderH - 3 * gap};
  }
  double right = sideW > 0 ? l.side.x - gap : w;
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
  // Clear of the folded agenda's tab at the map's bottom right.
  const double tabTop = bottom - agendaTabHeight(s) - gap;
  c.maxWidth = std::max(0.0, std::min(mapArea.width * 0.55, c.right - left));
  c.maxHeight = std::max(0.0, tabTop - c.top);
  if (c.maxWidth < minCaptionWidth(s)) {
    c.belowToolbar = true;
    c.top = below + gap;
    double room = c.right - mapArea.x - gap;
    c.maxWidth = std::max(0.0, std::min(std::max(mapArea.width * 0.55, minCaptionWidth(s)), room));
    c.maxHeight = std::max(0.0, std::min(tabTop - c.top, 160.0 * s));
  }
  return c;
}

Rect areaBelow(const Rect& area, double bandBottom) {
  if (bandBottom <= area.y || bandBottom >= area.y + area.height / 2) return area;
  return {area.x, bandBottom, area.width, area.y + area.height - bandBottom};
}

double toolbarMargin(float s) { return 10.0 * s; }

double toolbarUsualWidth(float s) { return kToolbarWidth * s; }

size_t viewButtonsThatFit(const std::vector<double>& widths, double spacing, double menuWidth, double rowWidth) {
  double all = 0;
  for (size_t i = 0; i < widths.size(); ++i) all += (i ? spacing : 0) + widths[i];
  if (all <= rowWidth) return widths.size();
  size_t fit = 0;
  for (double used = 0; fit < widths.size(); ++fit) {
    used += (fit ? spacing : 0) + widths[fit];
    if (used + spacing + menuWidth > rowWidth) break;
  }
  return std::max<size_t>(1, fit);
}

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

Rect storyArea(Viewport window, float s, bool presenter, bool hasTrip, bool toolbar, bool panelsOpened) {
  Rect area = screenLayout(window, s, presenter, hasTrip, panelsOpened).mapArea;
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

bool legendFitsMap(double mapWidth, double mapHeight, float s) { return mapWidth >= 1100 * s && mapHeight >= 800 * s; }

Rect legendCorner(const Rect& mapArea, float s, bool full, size_t rows) {
  // The drawn legend measures about 830 x 260 px in full (eight rows of 24 px) and 310 x 36 px
  // as a reminder at UI scale 1 (legend_render_test checks it stays inside).
  double extraRows = double(std::max(rows, kLegendRows) - kLegendRows);
  double width = (full ? 860 : 330) * s, height = (full ? 290 + 24 * extraRows : 44) * s;
  double bottom = mapArea.y + mapArea.height - 56 * s;
  return {mapArea.x + 10 * s, bottom - height, width, height};
}

std::vector<Rect> panelsOverStory(Viewport window, float s, bool presenter, bool hasTrip, bool panelsOpened,
                                  bool legend, bool legendChosen, size_t legendRows) {
  if (presenter || !hasTrip) return {};
  ScreenLayout l = screenLayout(window, s, presenter, hasTrip, panelsOpened);
  CaptionPlace c = captionPlace(l.mapArea, s, false, {});
  // A caption is rarely taller than this; a taller one may cover the story's edge.
  std::vector<Rect> panels{{c.right - c.maxWidth, c.top, c.maxWidth, std::min(c.maxHeight, 180.0 * s)}};
  if (legend)
    panels.push_back(legendCorner(l.mapArea, s, legendChosen || legendFitsMap(l.mapArea.width, l.mapArea.height, s), legendRows));
  if (l.sideFolded) panels.push_back(l.side);
  return panels;
}

namespace {

bool overlaps(const Rect& a, const Rect& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// How large `box` is shown framed in `area`: pixels per metre.
double framedScale(const MapBox& box, const Rect& area, double margin) {
  if (area.width <= 1 || area.height <= 1) return 0;
  double w = std::max(box.width(), 1.0), h = std::max(box.height(), 1.0);
  return std::min(area.width / w, area.height / h) * (1 - 2 * margin);
}

}  // namespace

Rect areaClearOf(const MapBox& box, const Rect& area, const std::vector<Rect>& panels, double margin) {
  Rect clear = area;
  for (const Rect& p : panels) {
    if (!overlaps(clear, p)) continue;
    double right = clear.x + clear.width, bottom = clear.y + clear.height;
    Rect sides[] = {{clear.x, clear.y, clear.width, p.y - clear.y},                         // above
                    {clear.x, p.y + p.height, clear.width, bottom - (p.y + p.height)},      // below
                    {clear.x, clear.y, p.x - clear.x, clear.height},                        // left
                    {p.x + p.width, clear.y, right - (p.x + p.width), clear.height}};        // right
    Rect best{};
    for (const Rect& r : sides)
      if (framedScale(box, r, margin) > framedScale(box, best, margin)) best = r;
    // A panel that leaves no usable side (one across the whole map) is not avoided.
    if (best.width > clear.width * 0.3 && best.height > clear.height * 0.3) clear = best;
  }
  return clear;
}

Camera cameraFramingClearOf(const MapBox& box, Viewport window, const Rect& area, const std::vector<Rect>& panels,
                            double margin) {
  return cameraFraming(box, window, areaClearOf(box, area, panels, margin), margin);
}

}  // namespace itinera
