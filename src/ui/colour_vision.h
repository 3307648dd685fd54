// Colour measures for checking the palette: WCAG contrast, simulated colour-vision deficiency
// (Machado, Oliveira and Fernandes 2009, full severity) and CIELAB distance.
#pragma once

#include <array>
#include <cstdint>

namespace itinera::colour {

struct Rgb {  // sRGB, 0-255 per channel
  uint8_t r = 0, g = 0, b = 0;
};
struct Lab {
  double l = 0, a = 0, b = 0;
};

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
inline constexpr std::array<Vision, 4> kVisions{Vision::Normal, Vision::Protanopia, Vision::Deuteranopia,
                                                Vision::Tritanopia};
const char* visionName(Vision v);

// WCAG 2 relative luminance, 0 (black) to 1 (white).
double relativeLuminance(Rgb c);
// WCAG 2 contrast ratio, 1 to 21; at least 4.5 for body text.
double contrastRatio(Rgb text, Rgb background);
// `c` as a viewer with `v` sees it, as the sRGB colour a viewer with normal vision would match.
Rgb simulate(Rgb c, Vision v);
Lab toLab(Rgb c);
// CIE 1976 colour difference; about 2.3 is just noticeable.
double deltaE(Rgb a, Rgb b);
// `top` with `alpha` (0-255) over the opaque `under`.
Rgb over(Rgb under, Rgb top, int alpha);

}  // namespace itinera::colour
