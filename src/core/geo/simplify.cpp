// Douglas–Peucker simplification of polylines and closed rings, iterative with an explicit stack.
#include "core/geo/simplify.h"

#include <algorithm>
#include <utility>

namespace itinera {
namespace {

bool samePoint(const MapPoint& a, const MapPoint& b) { return a.x == b.x && a.y == b.y; }

// A segment prepared for many distance queries (the division happens once, not per point).
struct Segment {
  Segment(const MapPoint& a, const MapPoint& b) : a(a), dx(b.x - a.x), dy(b.y - a.y) {
    const double lengthSquared = dx * dx + dy * dy;
    inverseLengthSquared = lengthSquared > 0 ? 1 / lengthSquared : 0;  // 0: a point, t stays 0
  }
  // Squared distance from p to the closest point of the segment, not of its infinite line:
  // points beyond an end must be measured to that end.
  double distanceSquared(const MapPoint& p) const {
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) * inverseLengthSquared, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
  }
  MapPoint a;
  double dx, dy, inverseLengthSquared;
};

// Sets keep[i] for the points strictly between first and last that Douglas–Peucker retains.
// Uses an explicit stack of spans so long lines cannot exhaust the call stack.
void markKept(const std::vector<MapPoint>& pts, size_t first, size_t last, double tolerance,
              std::vector<char>& keep) {
  const double toleranceSquared = tolerance * tolerance;
  std::vector<std::pair<size_t, size_t>> spans{{first, last}};
  while (!spans.empty()) {
    const auto [lo, hi] = spans.back();
    spans.pop_back();
    const Segment chord(pts[lo], pts[hi]);
    double worst = -1;
    size_t worstAt = lo;
    for (size_t i = lo + 1; i < hi; ++i) {
      const double d = chord.distanceSquared(pts[i]);
      if (d > worst) {
        worst = d;
        worstAt = i;
      }
    }
    if (worstAt == lo || worst <= toleranceSquared) continue;  // the span is straight enough
    keep[worstAt] = 1;
    spans.emplace_back(lo, worstAt);
    spans.emplace_back(worstAt, hi);
  }
}

std::vector<MapPoint> keptPoints(const std::vector<MapPoint>& pts, const std::vector<char>& keep) {
  std::vector<MapPoint> out;
  for (size_t i = 0; i < pts.size(); ++i)
    if (keep[i]) out.push_back(pts[i]);
  return out;
}

}  // namespace

std::vector<MapPoint> withoutRepeats(const std::vector<MapPoint>& line) {
  std::vector<MapPoint> out;
  out.reserve(line.size());
  for (const MapPoint& p : line)
    if (out.empty() || !samePoint(p, out.back())) out.push_back(p);
  return out;
}

std::vector<MapPoint> simplifyLine(const std::vector<MapPoint>& line, double tolerance) {
  std::vector<MapPoint> pts = withoutRepeats(line);
  if (pts.size() < 3 || !(tolerance > 0)) return pts;
  std::vector<char> keep(pts.size(), 0);
  keep.front() = keep.back() = 1;
  markKept(pts, 0, pts.size() - 1, tolerance, keep);
  return keptPoints(pts, keep);
}

std::vector<MapPoint> simplifyRing(const std::vector<MapPoint>& ring, double tolerance) {
  const bool closed = ring.size() > 1 && samePoint(ring.front(), ring.back());
  std::vector<MapPoint> pts = withoutRepeats(ring);
  if (pts.size() > 1 && samePoint(pts.front(), pts.back())) pts.pop_back();
  if (pts.size() < 3) return ring;
  const size_t n = pts.size();
  pts.push_back(pts.front());  // work on the explicitly closed ring
  std::vector<char> keep(pts.size(), 1);
  if (tolerance > 0) {
    // Anchor at vertex 0 and the vertex farthest from it: a segment from the start to itself
    // has no direction, and two anchors keep both halves of the ring well defined.
    const Segment start(pts[0], pts[0]);
    size_t far = 1;
    for (size_t i = 2; i < n; ++i)
      if (start.distanceSquared(pts[i]) > start.distanceSquared(pts[far])) far = i;
    std::fill(keep.begin(), keep.end(), 0);
    keep[0] = keep[far] = keep[n] = 1;
    markKept(pts, 0, far, tolerance, keep);
    markKept(pts, far, n, tolerance, keep);
  }
  std::vector<MapPoint> out = keptPoints(pts, keep);
  if (out.size() < 4) return ring;  // fewer than 3 distinct corners is no longer a ring
  if (!closed) out.pop_back();
  return out;
}

}  // namespace itinera
