// Camera arithmetic: conversions between map metres and screen pixels.
#include "core/camera/camera.h"

#include <algorithm>

namespace itinera {

ScreenPoint Camera::toScreen(MapPoint p) const {
  return {(p.x - center.x) / metresPerPixel + viewport.width / 2.0,
          (center.y - p.y) / metresPerPixel + viewport.height / 2.0};
}

MapPoint Camera::toMap(ScreenPoint s) const {
  return {center.x + (s.x - viewport.width / 2.0) * metresPerPixel,
          center.y - (s.y - viewport.height / 2.0) * metresPerPixel};
}

MapBox Camera::visibleBox() const {
  MapBox b;
  b.extend(toMap({0, 0}));
  b.extend(toMap({double(viewport.width), double(viewport.height)}));
  return b;
}

double clampMetresPerPixel(double mpp) { return std::clamp(mpp, 0.5, 20000.0); }

void Camera::zoomAt(ScreenPoint anchor, double factor) {
  MapPoint before = toMap(anchor);
  metresPerPixel = clampMetresPerPixel(metresPerPixel / factor);
  MapPoint after = toMap(anchor);
  center.x += before.x - after.x;
  center.y += before.y - after.y;
}

void Camera::panByPixels(double dx, double dy) {
  center.x -= dx * metresPerPixel;
  center.y += dy * metresPerPixel;
}

void Camera::fit(const MapBox& box, double margin) {
  center = box.center();
  double usableW = std::max(1.0, viewport.width * (1 - 2 * margin));
  double usableH = std::max(1.0, viewport.height * (1 - 2 * margin));
  metresPerPixel = clampMetresPerPixel(std::max(box.width() / usableW, box.height() / usableH));
}

}  // namespace itinera
