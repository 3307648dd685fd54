// Simplification of lines and rings through GEOS (via OGR's SimplifyPreserveTopology): Douglas–
// Peucker that never lets a ring cross itself, which our own Douglas–Peucker could.
#include "core/geo/simplify.h"

#include <ogr_geometry.h>

#include <memory>

namespace itinera {
namespace {

bool samePoint(const MapPoint& a, const MapPoint& b) { return a.x == b.x && a.y == b.y; }

std::vector<MapPoint> withoutRepeats(const std::vector<MapPoint>& line) {
  std::vector<MapPoint> out;
  out.reserve(line.size());
  for (const MapPoint& p : line)
    if (out.empty() || !samePoint(p, out.back())) out.push_back(p);
  return out;
}

void setPoints(OGRSimpleCurve& curve, const std::vector<MapPoint>& pts) {
  curve.setNumPoints(static_cast<int>(pts.size()), FALSE);
  for (size_t i = 0; i < pts.size(); ++i) curve.setPoint(static_cast<int>(i), pts[i].x, pts[i].y);
}

std::vector<MapPoint> pointsOf(const OGRSimpleCurve& curve) {
  std::vector<MapPoint> out(static_cast<size_t>(curve.getNumPoints()));
  for (size_t i = 0; i < out.size(); ++i) out[i] = {curve.getX(static_cast<int>(i)), curve.getY(static_cast<int>(i))};
  return out;
}

}  // namespace

std::vector<MapPoint> simplifyLine(const std::vector<MapPoint>& line, double tolerance) {
  std::vector<MapPoint> pts = withoutRepeats(line);
  if (pts.size() < 3 || !(tolerance > 0)) return pts;
  OGRLineString input;
  setPoints(input, pts);
  std::unique_ptr<OGRGeometry> simplified(input.SimplifyPreserveTopology(tolerance));
  if (!simplified || wkbFlatten(simplified->getGeometryType()) != wkbLineString) return pts;
  std::vector<MapPoint> out = pointsOf(*simplified->toLineString());
  return out.size() >= 2 ? out : pts;
}

std::vector<MapPoint> simplifyRing(const std::vector<MapPoint>& ring, double tolerance) {
  const bool closed = ring.size() > 1 && samePoint(ring.front(), ring.back());
  std::vector<MapPoint> pts = withoutRepeats(ring);
  if (pts.size() > 1 && samePoint(pts.front(), pts.back())) pts.pop_back();
  if (pts.size() < 3) return ring;
  pts.push_back(pts.front());  // work on the explicitly closed ring
  std::vector<MapPoint> out = pts;
  if (tolerance > 0) {
    auto shell = std::make_unique<OGRLinearRing>();
    setPoints(*shell, pts);
    OGRPolygon polygon;
    polygon.addRingDirectly(shell.release());
    std::unique_ptr<OGRGeometry> simplified(polygon.SimplifyPreserveTopology(tolerance));
    if (!simplified || wkbFlatten(simplified->getGeometryType()) != wkbPolygon) return ring;
    const OGRLinearRing* exterior = simplified->toPolygon()->getExteriorRing();
    if (!exterior) return ring;
    out = pointsOf(*exterior);
  }
  if (out.size() < 4) return ring;  // fewer than 3 distinct corners is no longer a ring
  if (!closed) out.pop_back();
  return out;
}

}  // namespace itinera
