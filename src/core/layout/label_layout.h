// Places map labels without overlaps: most important first, each tries a few positions.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/camera/camera.h"

namespace itinera {

struct LabelCandidate {
  std::string text;
  std::string kind;   // country, province, city, town, water, feature
  int rank = 9;       // 1 = most important
  MapPoint anchor;
  double clearancePx = 0;  // point labels keep this far from the anchor (e.g. a marker's radius)
  // Placed whatever it overlaps when no position is clear (the current event's place): only
  // the viewport and `mustClear` obstacles (the panels) are respected.
  bool always = false;
};

struct PlacedLabel {
  const LabelCandidate* candidate = nullptr;
  ScreenPoint topLeft;     // of the text box
  double width = 0, height = 0;
  bool hasDot = false;     // a town dot is drawn at the anchor
  ScreenPoint dot;
};

struct ScreenRect {
  double x0, y0, x1, y1;
  bool overlaps(const ScreenRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Text size in pixels for a label of the given kind.
using MeasureText = std::function<ScreenPoint(const std::string& text, const std::string& kind)>;

// Chooses positions for as many labels as fit: towns beside their dot, areas centred.
// `obstacles` (e.g. the scale bar) are kept clear.
// A label marked `always` is placed first, clear of `obstacles` where it can be, else clear of
// `mustClear` alone; other labels yield to it.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelCandidate>& candidates, const Camera& camera,
                                      const MeasureText& measure, const std::vector<ScreenRect>& obstacles = {},
                                      const std::vector<ScreenRect>& mustClear = {});

// Which kinds of label a zoom level shows (provinces at overview, towns when closer...).
bool labelVisibleAtScale(const LabelCandidate& label, double metresPerPixel);

}  // namespace itinera
