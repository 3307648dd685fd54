// The camera: which part of the map is seen, and how map metres map to screen pixels.
//
//        map (metres, y up)                 screen (pixels, y down)
//   +y ^                                   (0,0) +-------------> x
//      |     center  --toScreen-->               |    (w/2, h/2)
//      +------> +x   <--toMap----               v y
//   scale: metresPerPixel, no rotation (north is always up).
#pragma once

#include "core/geo/geo_types.h"

namespace itinera {

struct Viewport {
  int width = 0;
  int height = 0;
  bool operator==(const Viewport&) const = default;
};

struct Camera {
  MapPoint center;
  double metresPerPixel = 1000;
  Viewport viewport;
  bool operator==(const Camera&) const = default;

  ScreenPoint toScreen(MapPoint p) const;
  MapPoint toMap(ScreenPoint s) const;
  MapBox visibleBox() const;

  // Zooms by `factor` (>1 zooms in) keeping the map point under `anchor` fixed.
  void zoomAt(ScreenPoint anchor, double factor);
  void panByPixels(double dx, double dy);
  // Frames `box` with a margin (fraction of the viewport) on every side.
  void fit(const MapBox& box, double margin = 0.04);
};

// Keeps zoom within sensible bounds (from a street to a continent).
double clampMetresPerPixel(double mpp);

}  // namespace itinera
