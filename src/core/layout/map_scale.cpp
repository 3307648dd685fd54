// Ground distances and true north through the projection's inverse.
#include "core/layout/map_scale.h"

#include <cmath>
#include <cstdio>

#include "core/geo/great_circle.h"

namespace itinera {

ScaleBar chooseScaleBar(const Camera& camera, const Projection& projection, double maxPx) {
  ScreenPoint mid{camera.viewport.width / 2.0, camera.viewport.height / 2.0};
  LonLat a = projection.toLonLat(camera.toMap(mid));
  LonLat b = projection.toLonLat(camera.toMap({mid.x + 100, mid.y}));
  double metresPerPx = greatCircleMetres(a, b) / 100;
  if (!(metresPerPx > 0)) return {};
  double maxMetres = maxPx * metresPerPx;
  double power = std::pow(10, std::floor(std::log10(maxMetres)));
  double metres = power;
  for (double step : {5.0, 2.0, 1.0})
    if (step * power <= maxMetres) {
      metres = step * power;
      break;
    }
  char label[32];
  if (metres >= 1000) std::snprintf(label, sizeof label, "%g km", metres / 1000);
  else std::snprintf(label, sizeof label, "%g m", metres);
  return {metres / metresPerPx, metres, label};
}

double northAngle(const Camera& camera, const Projection& projection) {
  MapPoint c = camera.center;
  LonLat ll = projection.toLonLat(c);
  MapPoint north = projection.toMap({ll.lon, ll.lat + 0.01});
  return std::atan2(north.x - c.x, north.y - c.y);
}

}  // namespace itinera
