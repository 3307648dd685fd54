// Clamping the camera's scale and centre to the covered area, by bisection against its outline.
#include "core/camera/camera_bounds.h"

#include <algorithm>
#include <cmath>

#include "core/geo/projection_domain.h"

namespace itinera {
namespace {

constexpr int kBisections = 30;    // halvings of each search: far below a pixel
constexpr double kInset = 1.01;    // the view tested is this much larger: a margin for the cut's chords
constexpr double kOutlineStep = 1.0;  // degrees between the outline's points
// The basemap is cut to the usable area in lon/lat, and a cut edge runs straight from where a
// coast crosses it to where it crosses back; on the map that is a chord inside the curved
// edge (about 840 km deep for UTM 17N's eastern edge between 5 and 36 N). The camera keeps
// this far inside the cut.
constexpr double kCutMarginDegrees = 5;

// Even-odd rule over the closed outline.
bool insideOutline(MapPoint p, const std::vector<MapPoint>& ring) {
  bool inside = false;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const MapPoint &a = ring[i], &b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

// Whether the segment from a to b has a point inside the box (Liang-Barsky clipping).
bool segmentEnters(MapPoint a, MapPoint b, const MapBox& box) {
  double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
  auto clip = [&](double p, double q) {  // the part where p * t <= q
    if (p == 0) return q >= 0;
    double t = q / p;
    if (p < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    return t0 <= t1;
  };
  return clip(-dx, a.x - box.min.x) && clip(dx, box.max.x - a.x) && clip(-dy, a.y - box.min.y) &&
         clip(dy, box.max.y - a.y);
}

Camera withCentre(Camera c, MapPoint centre) {
  c.center = centre;
  return c;
}

// The largest t in [0, 1] for which `fits(t)` holds, given that fits(0) does.
template <typename Fits>
double furthest(Fits fits) {
  if (fits(1.0)) return 1.0;
  double lo = 0, hi = 1;
  for (int i = 0; i < kBisections; ++i) {
    double mid = (lo + hi) / 2;
    (fits(mid) ? lo : hi) = mid;
  }
  return lo;
}

MapPoint lerp(MapPoint a, MapPoint b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

}  // namespace

CameraBounds cameraBounds(const Projection& projection) {
  DegreeBox box = usableArea(projection);
  if (box.east - box.west < 360) box.west += kCutMarginDegrees, box.east -= kCutMarginDegrees;
  box.south += kCutMarginDegrees, box.north -= kCutMarginDegrees;
  std::vector<LonLat> pts;
  for (double x = box.west; x < box.east; x += kOutlineStep) pts.push_back({x, box.south});
  for (double y = box.south; y < box.north; y += kOutlineStep) pts.push_back({box.east, y});
  for (double x = box.east; x > box.west; x -= kOutlineStep) pts.push_back({x, box.north});
  for (double y = box.north; y > box.south; y -= kOutlineStep) pts.push_back({box.west, y});
  CameraBounds bounds;
  projection.toMap(pts, bounds.outline);
  for (const MapPoint& p : bounds.outline)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return {};  // cannot bound what does not project
  bounds.anchor = projection.toMap({(box.west + box.east) / 2, (box.south + box.north) / 2});
  return bounds;
}

bool seesOnlyInside(const Camera& camera, const CameraBounds& bounds) {
  if (bounds.outline.size() < 3) return true;
  double halfW = camera.viewport.width * camera.metresPerPixel / 2 * kInset;
  double halfH = camera.viewport.height * camera.metresPerPixel / 2 * kInset;
  MapPoint c = camera.center;
  MapBox view{{c.x - halfW, c.y - halfH}, {c.x + halfW, c.y + halfH}};
  // The view lies wholly on one side of an outline that nowhere enters it, and its centre tells which.
  const std::vector<MapPoint>& ring = bounds.outline;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    if (segmentEnters(ring[j], ring[i], view)) return false;
  return insideOutline(c, ring);
}

Camera keptInside(Camera camera, const CameraBounds& bounds) {
  if (bounds.outline.size() < 3 || camera.viewport.width <= 0 || camera.viewport.height <= 0 ||
      seesOnlyInside(camera, bounds))
    return camera;
  // The scale: the widest view around the anchor, searched between a metre a pixel and the wish.
  Camera atAnchor = withCentre(camera, bounds.anchor);
  if (!seesOnlyInside(atAnchor, bounds)) {
    double wide = std::log(camera.metresPerPixel), narrow = std::min(0.0, wide);
    double t = furthest([&](double f) {
      atAnchor.metresPerPixel = std::exp(narrow + (wide - narrow) * f);
      return seesOnlyInside(atAnchor, bounds);
    });
    camera.metresPerPixel = std::exp(narrow + (wide - narrow) * t);
  }
  if (seesOnlyInside(camera, bounds)) return camera;
  // The centre: as far toward the wish as fits, then along each axis alone, to slide on the edge.
  MapPoint wish = camera.center;
  auto fitsAt = [&](MapPoint p) { return seesOnlyInside(withCentre(camera, p), bounds); };
  MapPoint at = lerp(bounds.anchor, wish, furthest([&](double t) { return fitsAt(lerp(bounds.anchor, wish, t)); }));
  at = lerp(at, {wish.x, at.y}, furthest([&](double t) { return fitsAt(lerp(at, {wish.x, at.y}, t)); }));
  at = lerp(at, {at.x, wish.y}, furthest([&](double t) { return fitsAt(lerp(at, {at.x, wish.y}, t)); }));
  camera.center = at;
  return camera;
}

}  // namespace itinera
