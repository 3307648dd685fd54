// Colours that carry meaning in the briefing UI: event kinds, travellers, evidence, and the text
// and backgrounds they are drawn with. Hues from Okabe and Ito's colour-blind-safe set; text
// shades darkened until they reach 4.5:1 (tests/ui/palette_test.cpp checks both).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/trip/trip.h"
#include "ui/colour_vision.h"

namespace itinera::palette {

inline ImU32 toU32(colour::Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }
inline ImVec4 toVec4(colour::Rgb c) { return ImColor(toU32(c)).Value; }

// One event kind's colours: `fill` for marks on the map and slider, `text` for words.
struct KindColours {
  const char* name;  // the kinds it stands for, as the legend names them
  colour::Rgb fill, text;
};

// Meetings; tours and visits; conferences, addresses and statements; signings; the rest.
inline const std::vector<KindColours>& kindColours() {
  static const std::vector<KindColours> kinds{
      {"meeting", {0, 114, 178}, {0, 109, 171}},        // Okabe-Ito blue
      {"tour or visit", {0, 158, 115}, {0, 118, 86}},   // bluish green
      {"conference or statement", {204, 121, 167}, {145, 86, 119}},  // reddish purple
      {"signing", {213, 94, 0}, {173, 76, 0}},          // vermillion
      {"arrival, departure, other", {60, 60, 60}, {60, 60, 60}},
  };
  return kinds;
}

inline const KindColours& kindOf(const std::string& kind) {
  const auto& k = kindColours();
  if (kind == "meeting") return k[0];
  if (kind == "tour" || kind == "visit") return k[1];
  if (kind == "conference" || kind == "address" || kind == "press-conference" || kind == "statement") return k[2];
  if (kind == "signing") return k[3];
  return k[4];
}

inline ImU32 eventKind(const std::string& kind) { return toU32(kindOf(kind).fill); }
inline ImU32 eventKindText(const std::string& kind) { return toU32(kindOf(kind).text); }

inline const std::vector<colour::Rgb>& travellerColours() {
  // Okabe-Ito blue, vermillion and reddish purple.
  static const std::vector<colour::Rgb> colours{{0, 114, 178}, {213, 94, 0}, {204, 121, 167}};
  return colours;
}
inline ImU32 traveller(size_t index) { return toU32(travellerColours()[index % travellerColours().size()]); }

inline ImU32 withAlpha(ImU32 colour, int alpha) { return (colour & 0x00FFFFFF) | (ImU32(alpha) << 24); }

inline colour::Rgb basisRgb(Basis b) {
  switch (b) {
    case Basis::Stated: return {31, 115, 56};
    case Basis::Corroborated: return {38, 89, 166};
    case Basis::Inferred: return {150, 82, 0};
  }
  return {0, 0, 0};
}
inline ImVec4 basis(Basis b) { return toVec4(basisRgb(b)); }

// Text.
inline constexpr colour::Rgb kTextRgb{0, 0, 0};  // ImGui's light style
inline constexpr colour::Rgb kMutedTextRgb{82, 82, 82};  // secondary lines: places, sources, hours
inline constexpr colour::Rgb kHighlightTextRgb{166, 72, 0};  // the current event's row, in words
inline constexpr colour::Rgb kPassageTextRgb{77, 77, 92};  // a source's own words
inline const ImVec4 kMutedText = toVec4(kMutedTextRgb);

// Backgrounds text is drawn on.
inline constexpr colour::Rgb kPanelRgb{250, 250, 247};
inline constexpr colour::Rgb kDayBandRgb[2]{{247, 247, 242}, {238, 238, 232}};
inline constexpr colour::Rgb kNightShadeRgb{60, 70, 95};
inline constexpr int kNightShadeAlpha = 45;
// The caption's window, 94% opaque, over the darkest map (black) as the worst case.
inline constexpr colour::Rgb kCaptionWorstRgb{235, 235, 232};

// Signs the legend shows as the map and slider draw them.
inline constexpr colour::Rgb kTintedRegionRgb{244, 228, 202};
inline constexpr colour::Rgb kHatchRgb{90, 100, 130};

inline const ImU32 kHighlight = IM_COL32(232, 120, 20, 255);
inline const ImU32 kInk = IM_COL32(35, 35, 35, 255);
inline const ImU32 kHalo = IM_COL32(255, 255, 255, 230);
inline const ImU32 kPanel = toU32(kPanelRgb);  // panel backgrounds, opaque
inline const ImU32 kFrame = IM_COL32(206, 210, 206, 255);  // around the map and the panels

// `top` with `alpha` over the opaque `under`, as one opaque colour.
inline ImU32 over(ImU32 under, ImU32 top, int alpha) {
  auto mix = [&](int shift) {
    return ((under >> shift & 255) * (255 - alpha) + (top >> shift & 255) * alpha) / 255 << shift;
  };
  return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

// Every pairing of a text colour with what it is drawn on, for the contrast check: any text on
// the panels, the caption and the cards; ink and muted text (the hours) on the slider's days
// and nights.
struct TextPair {
  std::string what;
  colour::Rgb text, background;
};
inline std::vector<TextPair> textPairs() {
  using Named = std::vector<std::pair<std::string, colour::Rgb>>;
  Named plain{{"text", kTextRgb}, {"muted text", kMutedTextRgb}}, texts = plain;
  texts.insert(texts.end(), {{"current row", kHighlightTextRgb}, {"cited passage", kPassageTextRgb}});
  for (const KindColours& k : kindColours()) texts.push_back({std::string("kind ") + k.name, k.text});
  for (Basis b : {Basis::Stated, Basis::Corroborated, Basis::Inferred})
    texts.push_back({std::string("basis ") + toString(b), basisRgb(b)});
  Named windows{{"panel", kPanelRgb}, {"caption or card", kCaptionWorstRgb}}, slider;
  for (int i = 0; i < 2; ++i) {
    std::string n = std::to_string(i + 1);
    slider.push_back({"day band " + n, kDayBandRgb[i]});
    slider.push_back({"night " + n, colour::over(kDayBandRgb[i], kNightShadeRgb, kNightShadeAlpha)});
  }
  std::vector<TextPair> pairs;
  auto pair = [&](const Named& ts, const Named& bgs) {
    for (const auto& [textName, text] : ts)
      for (const auto& [bgName, bg] : bgs) pairs.push_back({textName + " on " + bgName, text, bg});
  };
  pair(texts, windows);
  pair(plain, slider);
  return pairs;
}

}  // namespace itinera::palette
