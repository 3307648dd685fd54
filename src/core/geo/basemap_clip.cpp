// Rectangle clipping through OGR (GEOS), only for features that straddle an edge.
#include "core/geo/basemap_clip.h"

#include <ogr_geometry.h>

#include <algorithm>

namespace itinera {
namespace {

std::unique_ptr<OGRGeometry> rectangle(double w, double s, double e, double n) {
  auto ring = std::make_unique<OGRLinearRing>();
  ring->addPoint(w, s);
  ring->addPoint(e, s);
  ring->addPoint(e, n);
  ring->addPoint(w, n);
  ring->addPoint(w, s);
  auto poly = std::make_unique<OGRPolygon>();
  poly->addRingDirectly(ring.release());
  return poly;
}

bool disjoint(const OGREnvelope& a, double w, double s, double e, double n) {
  return a.MaxX < w || a.MinX > e || a.MaxY < s || a.MinY > n;
}

bool inside(const OGREnvelope& a, double w, double s, double e, double n) {
  return a.MinX >= w && a.MaxX <= e && a.MinY >= s && a.MaxY <= n;
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

// `g` without the cut-out boxes.
std::unique_ptr<OGRGeometry> withoutCutOuts(std::unique_ptr<OGRGeometry> g, const std::vector<DegreeBox>& cutOut) {
  for (const DegreeBox& c : cutOut) {
    if (!g || g->IsEmpty()) return g;
    OGREnvelope env;
    g->getEnvelope(&env);
    if (disjoint(env, c.west, c.south, c.east, c.north)) continue;
    if (inside(env, c.west, c.south, c.east, c.north)) return nullptr;
    g.reset(g->Difference(rectangle(c.west, c.south, c.east, c.north).get()));
  }
  return g;
}

}  // namespace

std::vector<ClippedPiece> clipGeometry(const OGRGeometry& g, const BasemapClip& clip, int dimension) {
  std::vector<ClippedPiece> out;
  OGREnvelope env;
  g.getEnvelope(&env);
  for (double shift : {0.0, -360.0, 360.0}) {
    // The kept box in the data's own longitudes, for the copy that moves by `shift`.
    double w = std::max(clip.keep.west - shift, -180.0), e = std::min(clip.keep.east - shift, 180.0);
    double s = clip.keep.south, n = clip.keep.north;
    if (w >= e || disjoint(env, w, s, e, n)) continue;
    std::unique_ptr<OGRGeometry> piece(inside(env, w, s, e, n) ? g.clone()
                                                               : g.Intersection(rectangle(w, s, e, n).get()));
    keepDimension(withoutCutOuts(std::move(piece), clip.cutOut), dimension, shift, out);
  }
  return out;
}

}  // namespace itinera
