// Pixel checks of the basemap shared by the render tests: is a rendered pixel sea, land or
// something else (a line, a label)?
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/geo/geo_types.h"
#include "render/map_style.h"

namespace itinera {

enum class Surface { Water, Land, Other };

// A point of the map and the surface expected there.
struct Probe {
  const char* what;
  LonLat where;
  Surface expected;
};

inline double colourDistance(const uint8_t* p, Rgba c) {
  return std::abs(p[0] - c.r * 255) + std::abs(p[1] - c.g * 255) + std::abs(p[2] - c.b * 255);
}

inline Surface classify(const uint8_t* p) {
  if (colourDistance(p, style::kSea) < 12) return Surface::Water;
  if (std::min(colourDistance(p, style::kPanamaLand), colourDistance(p, style::kNeighbourLand)) < 12)
    return Surface::Land;
  return Surface::Other;
}

}  // namespace itinera
