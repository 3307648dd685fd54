// The map's look: colours and line widths per layer, tuned for a projector.
#pragma once

#include <string>

namespace itinera {

struct Rgba {
  float r, g, b, a;
};

constexpr Rgba rgb(int r, int g, int b, float a = 1.f) { return {r / 255.f, g / 255.f, b / 255.f, a}; }

struct LineStyle {
  Rgba color;
  float width;          // pixels at UI scale 1
  float dashOn = 0;     // pixels; 0 = solid
  float dashOff = 0;
  Rgba casing = {0, 0, 0, 0};  // drawn wider underneath when alpha > 0
  float casingWidth = 0;
};

namespace style {
inline constexpr Rgba kSea = rgb(166, 201, 222);
inline constexpr Rgba kNeighbourLand = rgb(232, 228, 218);
inline constexpr Rgba kPanamaLand = rgb(249, 246, 237);
inline constexpr Rgba kLake = rgb(166, 201, 222);
inline constexpr Rgba kHighlight = rgb(232, 150, 50, 0.20f);

inline Rgba fillColor(const std::string& layer) {
  if (layer == "neighbours") return kNeighbourLand;
  if (layer == "panama") return kPanamaLand;
  return kLake;
}

inline LineStyle lineStyle(const std::string& layer) {
  if (layer == "rivers") return {rgb(120, 166, 199), 1.0f};
  if (layer == "province_boundaries") return {rgb(150, 140, 128), 1.0f, 5, 3};
  if (layer == "coastline") return {rgb(92, 130, 158), 1.1f};
  if (layer == "borders") return {rgb(110, 98, 86), 1.6f, 0, 0, rgb(255, 255, 255, 0.7f), 4.0f};
  if (layer == "canal") return {rgb(20, 92, 160), 2.6f, 0, 0, rgb(255, 255, 255, 0.9f), 5.0f};
  return {rgb(0, 0, 0), 1.0f};
}
}  // namespace style

}  // namespace itinera
