// Drawing the legend's samples: the same colours and strokes as the map and the slider, small.
#include "ui/legend.h"

#include <algorithm>
#include <cmath>

#include "core/layout/screen_layout.h"
#include "render/line_width.h"
#include "ui/traveller_sign.h"
#include "ui/ui_palette.h"
#include "ui/window_rect.h"

namespace itinera {
namespace {

constexpr float kTau = 6.2831853f;

void dashedLine(ImDrawList* list, ImVec2 a, ImVec2 b, ImU32 colour, float width, float on, float off) {
  float length = std::hypot(b.x - a.x, b.y - a.y);
  ImVec2 d{(b.x - a.x) / length, (b.y - a.y) / length};
  for (float t = 0; t < length; t += on + off) {
    float e = std::min(length, t + on);
    list->AddLine({a.x + d.x * t, a.y + d.y * t}, {a.x + d.x * e, a.y + d.y * e}, colour, width);
  }
}

void dashedCircle(ImDrawList* list, ImVec2 c, float r, ImU32 colour, float width) {
  for (int i = 0; i < 12; i += 2) {
    float a0 = kTau * float(i) / 12, a1 = kTau * float(i + 1) / 12;
    list->PathArcTo(c, r, a0, a1, 4);
    list->PathStroke(colour, 0, width);
  }
}

void drawTraveller(ImDrawList* list, ImVec2 c, float s, size_t index) {
  list->AddCircleFilled(c, 10 * s, palette::kHalo);
  drawTravellerGlyph(list, c, s, index);
  list->AddCircle(c, 10 * s, palette::traveller(index), 0, crispWidth(2.0f * s));
}

void drawMarker(ImDrawList* list, ImVec2 c, float r, float s, ImU32 ring, bool current) {
  if (current) list->AddCircleFilled(c, r + 5 * s, palette::withAlpha(palette::kHighlight, 70));
  list->AddCircleFilled(c, r, IM_COL32(255, 255, 255, 255));
  list->AddCircle(c, r, ring, 0, crispWidth((current ? 3.2f : 2.2f) * s));
  list->AddCircleFilled(c, std::max(2.5f * s, r * 0.35f), ring);
}

// The sample of `e` in the box from `a` to `b`.
void drawSample(ImDrawList* list, const LegendEntry& e, ImVec2 a, ImVec2 b, float s) {
  using Sign = LegendEntry::Sign;
  ImVec2 c{(a.x + b.x) / 2, (a.y + b.y) / 2};
  ImU32 route = palette::traveller(0);
  switch (e.sign) {
    case Sign::Traveller: drawTraveller(list, c, s, e.traveller); break;
    case Sign::RouteTravelled:
      list->AddLine({a.x, c.y}, {b.x, c.y}, palette::kHalo, crispWidth(6 * s));
      list->AddLine({a.x, c.y}, {b.x, c.y}, route, crispWidth(3.2f * s));
      break;
    case Sign::RouteAhead: dashedLine(list, {a.x, c.y}, {b.x, c.y}, palette::withAlpha(route, 110), 2 * s, 7 * s, 6 * s); break;
    case Sign::Place: drawMarker(list, c, 7 * s, s, palette::kInk, false); break;
    case Sign::CurrentPlace: drawMarker(list, c, 7 * s, s, palette::kHighlight, true); break;
    case Sign::ApproximatePlace:
      list->AddCircleFilled(c, 10 * s, palette::withAlpha(palette::kInk, 40));
      dashedCircle(list, c, 10 * s, palette::withAlpha(palette::kInk, 200), 1.6f * s);
      list->AddCircleFilled(c, 3 * s, palette::withAlpha(palette::kInk, 160));
      break;
    case Sign::TintedRegion:
      list->AddRectFilled({a.x, a.y + 2 * s}, {b.x, b.y - 2 * s}, palette::toU32(palette::kTintedRegionRgb));
      dashedLine(list, {a.x, a.y + 2 * s}, {b.x, a.y + 2 * s}, palette::kInk, 1.2f * s, 4 * s, 3 * s);
      break;
    case Sign::EventKind:
      list->AddRectFilled({a.x + 4 * s, a.y + 3 * s}, {b.x - 4 * s, b.y - 3 * s}, palette::eventKind(e.kind));
      break;
    case Sign::UncertainTime:
      list->AddRect(a, b, palette::toU32(palette::kMutedTextRgb));
      list->PushClipRect(a, b, true);
      for (float x = a.x - (b.y - a.y); x < b.x; x += 6 * s)
        list->AddLine({x, b.y}, {x + (b.y - a.y), a.y}, palette::toU32(palette::kHatchRgb), 1);
      list->PopClipRect();
      break;
    case Sign::DayOnly: {
      ImU32 colour = palette::eventKind("meeting");
      list->AddRectFilled({a.x, c.y - 3 * s}, {b.x, c.y + 3 * s}, palette::withAlpha(colour, 110));
      list->AddLine({a.x, c.y - 3 * s}, {b.x, c.y - 3 * s}, colour, crispWidth(s));
      break;
    }
    case Sign::Night:
      list->AddRectFilled(a, b, palette::over(palette::toU32(palette::kDayBandRgb[0]), palette::toU32(palette::kNightShadeRgb),
                                              palette::kNightShadeAlpha));
      break;
  }
}

void drawColumn(const char* heading, const std::vector<LegendEntry>& entries, const UiFonts& fonts, float s,
                size_t travellersPerRow = 1) {
  ImGui::PushFont(fonts.bodyBold);
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  const float h = ImGui::GetTextLineHeight(), w = 2.2f * h;
  float nameWidth = 0;  // the widest traveller's name: where the second of a row starts
  for (const LegendEntry& e : entries)
    if (e.sign == LegendEntry::Sign::Traveller) nameWidth = std::max(nameWidth, ImGui::CalcTextSize(e.text.c_str()).x);
  float left = ImGui::GetCursorPosX();
  size_t traveller = 0;
  for (const LegendEntry& e : entries) {
    if (e.sign == LegendEntry::Sign::Traveller && traveller++ % travellersPerRow != 0)
      ImGui::SameLine(left + w + nameWidth + 2 * h);
    ImVec2 at = ImGui::GetCursorScreenPos();
    drawSample(ImGui::GetWindowDrawList(), e, at, {at.x + w, at.y + h}, s);
    ImGui::Dummy({w, h});
    ImGui::SameLine();
    ImGui::TextUnformatted(e.text.c_str());
  }
}

}  // namespace

bool legendFits(double mapWidth, double mapHeight, float s) { return legendFitsMap(mapWidth, mapHeight, s); }

ScreenRect drawLegend(const Legend& legend, const UiFonts& fonts, float s, ImVec2 bottomLeft, bool full) {
  ImGui::SetNextWindowPos(bottomLeft, ImGuiCond_Always, {0, 1});
  nextWindowOnBackdrop();
  ImGui::Begin("Legend", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoInputs);
  if (!full) ImGui::TextUnformatted("L shows the legend; ? lists every key");
  if (full && ImGui::BeginTable("legend", 2, ImGuiTableFlags_SizingFixedFit, {0, 0})) {
    ImGui::TableNextColumn();
    drawColumn("On the map", legend.map, fonts, s, legend.travellersPerRow());
    ImGui::TableNextColumn();
    drawColumn("On the slider and in the text", legend.slider, fonts, s);
    ImGui::EndTable();
  }
  if (full) ImGui::TextDisabled("L hides this legend; ? lists every key");
  return endWindowWithRect();
}

}  // namespace itinera
