// Rectangle clipping with GEOS's rectangle clipper (linear time), only for features that straddle an edge.
#include "core/geo/basemap_clip.h"

#include <geos_c.h>
#include <ogr_geometry.h>

#include <algorithm>

namespace itinera {
namespace {

struct Rect {
  double w, s, e, n;
};

bool disjoint(const OGREnvelope& a, const Rect& r) { return a.MaxX < r.w || a.MinX > r.e || a.MaxY < r.s || a.MinY > r.n; }
bool inside(const OGREnvelope& a, const Rect& r) { return a.MinX >= r.w && a.MaxX <= r.e && a.MinY >= r.s && a.MaxY <= r.n; }

// `r` without `cut`: up to four strips (west and east full height, south and north between them).
std::vector<Rect> subtract(const Rect& r, const DegreeBox& cut) {
  if (cut.east <= r.w || cut.west >= r.e || cut.north <= r.s || cut.south >= r.n) return {r};
  std::vector<Rect> out;
  double w = std::max(r.w, cut.west), e = std::min(r.e, cut.east);
  if (cut.west > r.w) out.push_back({r.w, r.s, cut.west, r.n});
  if (cut.east < r.e) out.push_back({cut.east, r.s, r.e, r.n});
  if (cut.south > r.s) out.push_back({w, r.s, e, cut.south});
  if (cut.north < r.n) out.push_back({w, cut.north, e, r.n});
  return out;
}

// One GEOS context per thread: contexts are not thread-safe.
GEOSContextHandle_t geosContext() {
  thread_local struct Owner {
    GEOSContextHandle_t handle = GEOS_init_r();
    ~Owner() { GEOS_finish_r(handle); }
  } owner;
  return owner.handle;
}

std::unique_ptr<OGRGeometry> clipToRect(const OGRGeometry& g, const Rect& r) {
  GEOSContextHandle_t ctx = geosContext();
  GEOSGeometry* in = g.exportToGEOS(ctx);
  if (!in) return nullptr;
  GEOSGeometry* clipped = GEOSClipByRect_r(ctx, in, r.w, r.s, r.e, r.n);
  GEOSGeom_destroy_r(ctx, in);
  if (!clipped) return nullptr;
  std::unique_ptr<OGRGeometry> out(OGRGeometryFactory::createFromGEOS(ctx, clipped));
  GEOSGeom_destroy_r(ctx, clipped);
  return out;
}

// The parts of `g` of `dimension`, flattened out of any collection.
void keepDimension(std::unique_ptr<OGRGeometry> g, int dimension, double shift, std::vector<ClippedPiece>& out) {
  if (!g || g->IsEmpty()) return;
  if (OGR_GT_IsSubClassOf(g->getGeometryType(), wkbGeometryCollection)) {
    for (const OGRGeometry* sub : *g->toGeometryCollection())
      keepDimension(std::unique_ptr<OGRGeometry>(sub->clone()), dimension, shift, out);
    return;
  }
  if (g->getDimension() == dimension) out.push_back({std::move(g), shift});
}

}  // namespace

std::vector<ClippedPiece> clipGeometry(const OGRGeometry& g, const BasemapClip& clip, int dimension) {
  std::vector<ClippedPiece> out;
  OGREnvelope env;
  g.getEnvelope(&env);
  for (double shift : {0.0, -360.0, 360.0}) {
    // The kept box in the data's own longitudes, for the copy that moves by `shift`.
    Rect keep{std::max(clip.keep.west - shift, -180.0), clip.keep.south, std::min(clip.keep.east - shift, 180.0),
              clip.keep.north};
    if (keep.w >= keep.e || disjoint(env, keep)) continue;
    std::vector<Rect> rects = {keep};
    for (DegreeBox cut : clip.cutOut) {
      cut.west -= shift, cut.east -= shift;
      std::vector<Rect> next;
      for (const Rect& r : rects)
        for (const Rect& piece : subtract(r, cut)) next.push_back(piece);
      rects = std::move(next);
    }
    for (const Rect& r : rects) {
      if (disjoint(env, r)) continue;
      keepDimension(inside(env, r) ? std::unique_ptr<OGRGeometry>(g.clone()) : clipToRect(g, r), dimension, shift, out);
    }
  }
  return out;
}

}  // namespace itinera
