// Colour measures: sRGB to linear light, WCAG luminance and contrast, CVD simulation, CIELAB.
#include "ui/colour_vision.h"

#include <algorithm>
#include <cmath>

namespace itinera::colour {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

double toLinear(uint8_t v) {
  double c = v / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

uint8_t toByte(double linear) {
  double c = std::clamp(linear, 0.0, 1.0);
  double v = c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
  return uint8_t(std::lround(v * 255));
}

// Machado et al. 2009, severity 1.0, applied to linear RGB.
const Matrix& machado(Vision v) {
  static const Matrix protan{{{0.152286, 1.052583, -0.204868},
                              {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};
  static const Matrix deutan{{{0.367322, 0.860646, -0.227968},
                              {0.280085, 0.672501, 0.047413},
                              {-0.011820, 0.042940, 0.968881}}};
  static const Matrix tritan{{{1.255528, -0.076749, -0.178779},
                              {-0.078411, 0.930809, 0.148602},
                              {0.004733, 0.691367, 0.303900}}};
  static const Matrix identity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  switch (v) {
    case Vision::Protanopia: return protan;
    case Vision::Deuteranopia: return deutan;
    case Vision::Tritanopia: return tritan;
    case Vision::Normal: break;
  }
  return identity;
}

double labF(double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; }

}  // namespace

const char* visionName(Vision v) {
  switch (v) {
    case Vision::Protanopia: return "protanopia";
    case Vision::Deuteranopia: return "deuteranopia";
    case Vision::Tritanopia: return "tritanopia";
    case Vision::Normal: break;
  }
  return "normal vision";
}

double relativeLuminance(Rgb c) {
  return 0.2126 * toLinear(c.r) + 0.7152 * toLinear(c.g) + 0.0722 * toLinear(c.b);
}

double contrastRatio(Rgb text, Rgb background) {
  double a = relativeLuminance(text), b = relativeLuminance(background);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

Rgb simulate(Rgb c, Vision v) {
  const Matrix& m = machado(v);
  double in[3] = {toLinear(c.r), toLinear(c.g), toLinear(c.b)}, out[3];
  for (int i = 0; i < 3; ++i) out[i] = m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2];
  return {toByte(out[0]), toByte(out[1]), toByte(out[2])};
}

Lab toLab(Rgb c) {
  double r = toLinear(c.r), g = toLinear(c.g), b = toLinear(c.b);
  // sRGB to XYZ, relative to the D65 white.
  double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return {116 * labF(y) - 16, 500 * (labF(x) - labF(y)), 200 * (labF(y) - labF(z))};
}

double deltaE(Rgb a, Rgb b) {
  Lab p = toLab(a), q = toLab(b);
  return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

Rgb over(Rgb under, Rgb top, int alpha) {
  auto mix = [&](uint8_t u, uint8_t t) { return uint8_t((u * (255 - alpha) + t * alpha) / 255); };
  return {mix(under.r, top.r), mix(under.g, top.g), mix(under.b, top.b)};
}

}  // namespace itinera::colour
