// Colours that carry meaning in the briefing UI: event kinds, travellers, evidence.
#pragma once

#include <imgui.h>

#include <string>

#include "core/trip/trip.h"

namespace itinera::palette {

inline ImU32 eventKind(const std::string& kind) {
  if (kind == "meeting") return IM_COL32(40, 104, 178, 255);
  if (kind == "tour" || kind == "visit") return IM_COL32(34, 130, 80, 255);
  if (kind == "conference" || kind == "address" || kind == "press-conference" || kind == "statement")
    return IM_COL32(120, 72, 160, 255);
  if (kind == "signing") return IM_COL32(206, 120, 20, 255);
  return IM_COL32(110, 110, 110, 255);  // arrivals, departures and the rest
}

inline ImU32 traveller(size_t index) {
  static const ImU32 colours[] = {IM_COL32(18, 52, 112, 255), IM_COL32(168, 36, 48, 255), IM_COL32(20, 120, 110, 255)};
  return colours[index % 3];
}

inline ImU32 withAlpha(ImU32 colour, int alpha) { return (colour & 0x00FFFFFF) | (ImU32(alpha) << 24); }

inline ImVec4 basis(Basis b) {
  switch (b) {
    case Basis::Stated: return ImVec4(0.12f, 0.45f, 0.22f, 1);
    case Basis::Corroborated: return ImVec4(0.15f, 0.35f, 0.65f, 1);
    case Basis::Inferred: return ImVec4(0.70f, 0.42f, 0.05f, 1);
  }
  return ImVec4(0, 0, 0, 1);
}

inline const ImU32 kHighlight = IM_COL32(232, 120, 20, 255);
inline const ImU32 kInk = IM_COL32(35, 35, 35, 255);
inline const ImU32 kHalo = IM_COL32(255, 255, 255, 230);
inline const ImU32 kPanel = IM_COL32(250, 250, 247, 255);  // panel backgrounds, opaque
inline const ImU32 kFrame = IM_COL32(206, 210, 206, 255);  // around the map and the panels

// `top` with `alpha` over the opaque `under`, as one opaque colour.
inline ImU32 over(ImU32 under, ImU32 top, int alpha) {
  auto mix = [&](int shift) {
    return ((under >> shift & 255) * (255 - alpha) + (top >> shift & 255) * alpha) / 255 << shift;
  };
  return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

}  // namespace itinera::palette
