// Greedy label placement by rank.
#include "core/layout/label_layout.h"

#include <algorithm>

namespace itinera {
namespace {

bool isPointLabel(const std::string& kind) { return kind == "city" || kind == "town" || kind == "trip"; }

std::vector<ScreenPoint> candidateOffsets(double w, double h, double gap) {
  // Right, left, above, below of the dot: the cartographer's usual order.
  return {{gap, -h / 2}, {-w - gap, -h / 2}, {-w / 2, -h - gap}, {-w / 2, gap}};
}

bool fits(const ScreenRect& r, const Camera& camera, const std::vector<ScreenRect>& taken) {
  if (r.x0 < 2 || r.y0 < 2 || r.x1 > camera.viewport.width - 2 || r.y1 > camera.viewport.height - 2) return false;
  return std::none_of(taken.begin(), taken.end(), [&](const ScreenRect& t) { return t.overlaps(r); });
}

}  // namespace

bool labelVisibleAtScale(const LabelCandidate& label, double mpp) {
  if (label.kind == "country") return mpp > 150;
  if (label.kind == "province") return mpp > 60 && mpp < 1500;
  // Lesser places appear as the view closes in: ranks 3-4 at region scale, 5+ at city scale.
  if (label.rank >= 5) return mpp < 40;
  if (label.rank >= 3 && label.kind != "water") return mpp < 350;
  return label.rank <= 2 || mpp < 500;
}

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelCandidate>& candidates, const Camera& camera,
                                      const MeasureText& measure, const std::vector<ScreenRect>& obstacles,
                                      const std::vector<ScreenRect>& mustClear) {
  std::vector<const LabelCandidate*> order;
  for (auto& c : candidates)
    if (c.always || labelVisibleAtScale(c, camera.metresPerPixel)) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](auto* a, auto* b) { return a->always != b->always ? a->always : a->rank < b->rank; });
  std::vector<ScreenRect> taken = obstacles;
  std::vector<PlacedLabel> placed;
  for (const LabelCandidate* c : order) {
    ScreenPoint size = measure(c->text, c->kind);
    ScreenPoint at = camera.toScreen(c->anchor);
    bool point = isPointLabel(c->kind);
    std::vector<ScreenPoint> offsets = point ? candidateOffsets(size.x, size.y, std::max(size.y * 0.35, c->clearancePx))
                                             : std::vector<ScreenPoint>{{-size.x / 2, -size.y / 2}};
    ScreenRect dot{at.x - 4, at.y - 4, at.x + 4, at.y + 4};
    // A trip place's marker is an obstacle already; other point labels claim their dot.
    bool ownDot = point && c->kind != "trip";
    if (ownDot && !fits(dot, camera, taken)) continue;
    // Clear of everything; for a label placed always, failing that, clear of the panels alone.
    for (const std::vector<ScreenRect>* against : {static_cast<const std::vector<ScreenRect>*>(&taken), &mustClear}) {
      if (against == &mustClear && (!c->always || (!placed.empty() && placed.back().candidate == c))) break;
      for (ScreenPoint off : offsets) {
        ScreenRect r{at.x + off.x, at.y + off.y, at.x + off.x + size.x, at.y + off.y + size.y};
        if (!fits(r, camera, *against)) continue;
        taken.push_back(r);
        if (ownDot) taken.push_back(dot);
        placed.push_back({c, {r.x0, r.y0}, size.x, size.y, ownDot, at});
        break;
      }
    }
  }
  return placed;
}

}  // namespace itinera
