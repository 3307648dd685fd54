// Simplification: Douglas–Peucker for polylines and rings (iterative, explicit stack); for polygons,
// Douglas–Peucker checked for crossings and, where rings meet, GEOS's topology-preserving simplifier.
//
// Why not GEOS for every polygon: through its C API, one context per thread, it costs 15 to 50
// times Douglas–Peucker here (its segment index is queried for every candidate chord; the
// overview's level took 220 ms instead of 14 for the countries), while Douglas–Peucker makes rings
// meet in only a few polygons a level, the largest coastlines at coarse tolerances. So every
// polygon gets Douglas–Peucker and a sweep for meeting segments (a few per cent of the cost), and
// only a polygon where rings meet goes to GEOS, whole (shell and holes together), as rings
// pre-thinned within part of the tolerance: about twice the old cost per level in all, not twenty.
#include "core/geo/simplify.h"

#include <geos_c.h>

#include <algorithm>
#include <memory>
#include <type_traits>
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


// [Crossings] --------------------------------------------------------------------------------

struct Edge {
  MapPoint a, b;
  size_t ring, index;  // which ring, which of its segments
  double minX() const { return std::min(a.x, b.x); }
  double maxX() const { return std::max(a.x, b.x); }
};

// The sign of the turn a -> b -> c: > 0 left, < 0 right, 0 straight.
double turn(const MapPoint& a, const MapPoint& b, const MapPoint& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

bool onSegment(const MapPoint& p, const Edge& e) {
  return std::min(e.a.x, e.b.x) <= p.x && p.x <= std::max(e.a.x, e.b.x) && std::min(e.a.y, e.b.y) <= p.y &&
         p.y <= std::max(e.a.y, e.b.y);
}

// Whether two segments share any point, touching included.
bool touch(const Edge& e, const Edge& f) {
  const double d1 = turn(e.a, e.b, f.a), d2 = turn(e.a, e.b, f.b);
  const double d3 = turn(f.a, f.b, e.a), d4 = turn(f.a, f.b, e.b);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 == 0 && onSegment(f.a, e)) || (d2 == 0 && onSegment(f.b, e)) || (d3 == 0 && onSegment(e.a, f)) ||
         (d4 == 0 && onSegment(e.b, f));
}

// Consecutive segments of a ring share their common corner, and no more is asked of them.
bool adjacent(const Edge& e, const Edge& f, const std::vector<size_t>& ringSegments) {
  if (e.ring != f.ring) return false;
  const size_t n = ringSegments[e.ring], gap = e.index > f.index ? e.index - f.index : f.index - e.index;
  return gap == 1 || gap == n - 1;
}

// Whether any two non-adjacent segments of the closed rings meet: a sweep along x, so that
// only segments whose x extents overlap are compared.
bool ringsMeet(const std::vector<std::vector<MapPoint>>& closedRings) {
  std::vector<Edge> edges;
  std::vector<size_t> ringSegments;
  for (size_t r = 0; r < closedRings.size(); ++r) {
    const std::vector<MapPoint>& ring = closedRings[r];
    ringSegments.push_back(ring.size() - 1);
    for (size_t i = 0; i + 1 < ring.size(); ++i) edges.push_back({ring[i], ring[i + 1], r, i});
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& e, const Edge& f) { return e.minX() < f.minX(); });
  std::vector<const Edge*> active;
  for (const Edge& e : edges) {
    std::erase_if(active, [&](const Edge* f) { return f->maxX() < e.minX(); });
    for (const Edge* f : active)
      if (!adjacent(e, *f, ringSegments) && touch(e, *f)) return true;
    active.push_back(&e);
  }
  return false;
}

// [GEOS] -------------------------------------------------------------------------------------

static_assert(std::is_standard_layout_v<MapPoint> && sizeof(MapPoint) == 2 * sizeof(double),
              "rings are handed to GEOS as flat x, y buffers");

// One GEOS context per thread: a context is not thread-safe, and making one per call would cost
// more than many small polygons' simplification (levels of detail are built on several threads).
class GeosContext {
 public:
  GeosContext() : handle_(GEOS_init_r()) {}
  ~GeosContext() { GEOS_finish_r(handle_); }
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;
  GEOSContextHandle_t handle() const { return handle_; }

 private:
  GEOSContextHandle_t handle_;  // its messages go nowhere: a failure falls back to Douglas–Peucker
};

GEOSContextHandle_t geos() {
  thread_local GeosContext context;
  return context.handle();
}

struct GeometryDeleter {
  void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(geos(), g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

// The ring without repeated points, explicitly closed; empty if it has fewer than 3 corners.
std::vector<MapPoint> closedCorners(const std::vector<MapPoint>& ring) {
  std::vector<MapPoint> pts = withoutRepeats(ring);
  if (pts.size() > 1 && samePoint(pts.front(), pts.back())) pts.pop_back();
  if (pts.size() < 3) return {};
  pts.push_back(pts.front());
  return pts;
}

// A GEOS linear ring of a closed ring (the points are copied; GEOS owns the result).
GEOSGeometry* linearRing(const std::vector<MapPoint>& closed) {
  GEOSCoordSequence* seq =
      GEOSCoordSeq_copyFromBuffer_r(geos(), &closed.front().x, unsigned(closed.size()), 0, 0);
  return seq ? GEOSGeom_createLinearRing_r(geos(), seq) : nullptr;
}

// A GEOS polygon of closed rings, shell first; null if GEOS refuses it.
GeometryPtr geosPolygon(const std::vector<std::vector<MapPoint>>& closedRings) {
  GeometryPtr shell(linearRing(closedRings.front()));
  std::vector<GEOSGeometry*> holes;
  for (size_t i = 1; i < closedRings.size(); ++i) holes.push_back(linearRing(closedRings[i]));
  const bool complete = shell && std::none_of(holes.begin(), holes.end(), [](auto* h) { return !h; });
  if (!complete) {
    for (GEOSGeometry* h : holes) GeometryDeleter{}(h);
    return nullptr;
  }
  // The polygon takes the rings, and on failure GEOS frees them.
  return GeometryPtr(GEOSGeom_createPolygon_r(geos(), shell.release(), holes.data(), unsigned(holes.size())));
}

std::vector<MapPoint> ringPoints(const GEOSGeometry* ring) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos(), ring);
  unsigned size = 0;
  if (!seq || !GEOSCoordSeq_getSize_r(geos(), seq, &size)) return {};
  std::vector<MapPoint> pts(size);
  if (size && !GEOSCoordSeq_copyToBuffer_r(geos(), seq, &pts.front().x, 0, 0)) return {};
  return pts;
}

// The rings of a GEOS polygon, shell first; empty if it is not a polygon of `ringCount` rings.
std::vector<std::vector<MapPoint>> polygonRings(const GEOSGeometry* polygon, size_t ringCount) {
  if (GEOSGeomTypeId_r(geos(), polygon) != GEOS_POLYGON || GEOSisEmpty_r(geos(), polygon) != 0) return {};
  if (size_t(GEOSGetNumInteriorRings_r(geos(), polygon)) + 1 != ringCount) return {};
  std::vector<std::vector<MapPoint>> rings{ringPoints(GEOSGetExteriorRing_r(geos(), polygon))};
  for (size_t i = 1; i < ringCount; ++i)
    rings.push_back(ringPoints(GEOSGetInteriorRingN_r(geos(), polygon, int(i - 1))));
  for (const auto& r : rings)
    if (r.size() < 4) return {};
  return rings;
}

// GEOS's topology-preserving simplification of closed rings taken as one polygon; empty on failure.
std::vector<std::vector<MapPoint>> simplifiedWithGeos(const std::vector<std::vector<MapPoint>>& closedRings,
                                                      double tolerance) {
  GeometryPtr polygon = geosPolygon(closedRings);
  if (!polygon) return {};
  GeometryPtr simplified(GEOSTopologyPreserveSimplify_r(geos(), polygon.get(), tolerance));
  if (!simplified) return {};
  return polygonRings(simplified.get(), closedRings.size());
}

// The rings `which` of `polygon` simplified by GEOS, so that none crosses another; empty on failure.
// GEOS's work, some microseconds a point, is cut by giving it rings already thinned by
// Douglas–Peucker with a part of the tolerance, the largest part after which they still meet
// nothing; GEOS removes the rest, so a dropped point stays within tolerance all the same.
std::vector<std::vector<MapPoint>> simplifiedApart(const std::vector<std::vector<MapPoint>>& polygon,
                                                   const std::vector<size_t>& which, double tolerance) {
  for (double part : {0.75, 0.5, 0.25, 0.0}) {
    std::vector<std::vector<MapPoint>> thinned;
    for (size_t i : which)
      thinned.push_back(closedCorners(part > 0 ? simplifyRing(polygon[i], tolerance * part) : polygon[i]));
    if (part == 0 || !ringsMeet(thinned)) return simplifiedWithGeos(thinned, tolerance * (1 - part));
  }
  return {};
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


std::vector<std::vector<MapPoint>> simplifyPolygon(const std::vector<std::vector<MapPoint>>& polygon,
                                                   double tolerance) {
  if (polygon.empty() || !(tolerance > 0)) return polygon;
  // Douglas–Peucker first: it is quick, and it rarely makes rings cross.
  std::vector<std::vector<MapPoint>> out;
  std::vector<std::vector<MapPoint>> closed;  // the rings GEOS would take: 3 corners or more
  std::vector<size_t> fromInput;
  for (size_t i = 0; i < polygon.size(); ++i) {
    out.push_back(simplifyRing(polygon[i], tolerance));
    std::vector<MapPoint> ring = closedCorners(out.back());
    if (ring.empty()) continue;
    closed.push_back(std::move(ring));
    fromInput.push_back(i);
  }
  const bool withShell = !fromInput.empty() && fromInput.front() == 0;  // else no hole is inside anything
  if (!withShell || !ringsMeet(closed)) return out;
  std::vector<std::vector<MapPoint>> simplified = simplifiedApart(polygon, fromInput, tolerance);
  if (simplified.empty()) return out;  // GEOS failed: the crossing stays, as before
  for (size_t k = 0; k < fromInput.size(); ++k) {
    const std::vector<MapPoint>& input = polygon[fromInput[k]];
    out[fromInput[k]] = std::move(simplified[k]);
    if (!samePoint(input.front(), input.back())) out[fromInput[k]].pop_back();  // open stays open
  }
  return out;
}

}  // namespace itinera
