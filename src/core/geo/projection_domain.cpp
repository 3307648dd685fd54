// Finds the usable part of the globe by sampling the map's scale away from the CRS's centre.
#include "core/geo/projection_domain.h"

#include <proj.h>

#include <algorithm>
#include <cmath>

namespace itinera {
namespace {

constexpr double kStep = 2.5;  // degrees between samples
constexpr double kEarthRadius = 6371008.8;
constexpr double kPi = 3.14159265358979323846;

// The CRS's area of use centre, or 0, 0 when PROJ knows none (a PROJ string).
LonLat areaOfUseCentre(const std::string& definition) {
  PJ_CONTEXT* ctx = proj_context_create();
  proj_log_level(ctx, PJ_LOG_NONE);
  LonLat centre{0, 0};
  if (PJ* crs = proj_create(ctx, definition.c_str())) {
    double w, s, e, n;
    if (proj_get_area_of_use(ctx, crs, &w, &s, &e, &n, nullptr) && w > -1000) {
      if (e < w) e += 360;  // the area crosses the antimeridian
      centre = {(w + e) / 2, std::clamp((s + n) / 2, -60.0, 60.0)};
      if (centre.lon > 180) centre.lon -= 360;
    }
    proj_destroy(crs);
  }
  proj_context_destroy(ctx);
  return centre;
}

double sphericalMetres(LonLat a, LonLat b) {
  auto rad = [](double d) { return d * kPi / 180; };
  double dLat = rad(b.lat - a.lat), dLon = rad(b.lon - a.lon);
  double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
             std::cos(rad(a.lat)) * std::cos(rad(b.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

// The map's scale on a short step from a to b, or infinity where the projection fails.
double scaleBetween(const Projection& p, LonLat a, LonLat b) {
  MapPoint pa = p.toMap(a), pb = p.toMap(b);
  double ground = sphericalMetres(a, b);
  if (!std::isfinite(pa.x) || !std::isfinite(pa.y) || !std::isfinite(pb.x) || !std::isfinite(pb.y) || ground <= 0)
    return INFINITY;
  return std::hypot(pb.x - pa.x, pb.y - pa.y) / ground;
}

// How far (degrees) one can walk from `centre` by `dir` before the scale leaves the band.
double reach(const Projection& p, LonLat centre, LonLat dir, double limit, double reference) {
  double d = 0;
  while (d + kStep <= limit) {
    LonLat a{centre.lon + dir.lon * d, centre.lat + dir.lat * d};
    LonLat b{centre.lon + dir.lon * (d + kStep), centre.lat + dir.lat * (d + kStep)};
    double s = scaleBetween(p, a, b);
    if (!(s <= reference * kMaxScaleDistortion && s >= reference / kMaxScaleDistortion)) break;
    d += kStep;
  }
  return d;
}

}  // namespace

DegreeBox usableArea(const Projection& projection) {
  LonLat c = areaOfUseCentre(projection.definition());
  double reference = scaleBetween(projection, c, {c.lon + 0.01, c.lat});
  if (!std::isfinite(reference) || reference <= 0) reference = 1;
  // Along the centre's parallel and along the equator: a transverse Mercator holds far along
  // a mid-latitude parallel but runs to infinity 90 degrees from its meridian on the equator.
  LonLat onEquator{c.lon, 0};
  double east = std::min(reach(projection, c, {1, 0}, 180, reference), reach(projection, onEquator, {1, 0}, 180, reference));
  double west =
      std::min(reach(projection, c, {-1, 0}, 180, reference), reach(projection, onEquator, {-1, 0}, 180, reference));
  if (east + west >= 360 - kStep) east = west = 180;  // the whole width: no cut at all
  double north = reach(projection, c, {0, 1}, 90 - c.lat, reference);
  double south = reach(projection, c, {0, -1}, 90 + c.lat, reference);
  DegreeBox box{c.lon - west, c.lat - south, c.lon + east, c.lat + north};
  if (east == 180) box.west = -180, box.east = 180;
  return box;
}

}  // namespace itinera
