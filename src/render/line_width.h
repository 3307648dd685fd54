// Line widths for ImGui draw lists.
#pragma once

#include <algorithm>
#include <cmath>

namespace itinera {

// A whole number of pixels: ImGui draws such lines from its baked anti-aliased line texture,
// two triangles a segment instead of six, and a software rasteriser pays per triangle.
inline float crispWidth(float px) { return std::max(1.0f, std::round(px)); }

}  // namespace itinera
