// Map furniture and labels, drawn into an ImGui draw list.
#include "render/map_overlay.h"

#include <cmath>

#include "core/layout/map_scale.h"

namespace itinera {
namespace {

ImU32 color(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

ImU32 textColor(const std::string& kind) {
  if (kind == "trip") return color(20, 20, 20);
  if (kind == "water") return color(38, 96, 140);
  if (kind == "province") return color(120, 108, 96);
  if (kind == "country") return color(96, 88, 80);
  if (kind == "feature") return color(20, 80, 140);
  return color(40, 40, 40);
}

// Text with a soft white halo, so it reads over coast, rivers and fills alike: the halo font's
// grown glyphs beneath the text, one pass each.
void haloText(ImDrawList* list, ImFont* font, ImFont* haloFont, ImVec2 at, ImU32 fill, const char* text) {
  if (haloFont) list->AddText(haloFont, haloFont->FontSize, at, color(255, 255, 255, 235), text);
  list->AddText(font, font->FontSize, at, fill, text);
}

}  // namespace

MapOverlay::MapOverlay(const GeoLayer& labels, const UiFonts& fonts, float uiScale, const std::string& crsName)
    : fonts_(fonts), scale_(uiScale), crsLabel_(crsName.empty() ? "" : "Map: " + crsName) {
  for (auto& f : labels.features) candidates_.push_back({f.name, f.kind, f.rank, f.point});
}

ImFont* MapOverlay::fontFor(const std::string& kind) const {
  if (kind == "country") return fonts_.labelCountry;
  if (kind == "province") return fonts_.labelProvince;
  if (kind == "city" || kind == "trip") return fonts_.labelCity;
  if (kind == "water" || kind == "feature") return fonts_.labelWater;
  return fonts_.labelTown;
}

std::vector<ScreenRect> MapOverlay::furnitureRects(const Rect& frame) const {
  double left = frame.x, top = frame.y, right = frame.x + frame.width, bottom = frame.y + frame.height, s = scale_;
  // The scale bar at its longest, and the CRS's name after it.
  double crsWidth = 0;
  if (!crsLabel_.empty())
    crsWidth = fonts_.labelTown->CalcTextSizeA(fonts_.labelTown->FontSize, 1e9f, 0, crsLabel_.c_str()).x + 12 * s;
  return {{left + 12 * s, bottom - 60 * s, left + 240 * s + crsWidth, bottom - 8 * s},
          {right - 70 * s, top + 8 * s, right - 8 * s, top + 90 * s}};
}

void MapOverlay::drawLabels(ImDrawList* list, const Camera& camera, const std::vector<LabelCandidate>& extra,
                            const std::vector<ScreenRect>& obstacles, const Rect& frame) const {
  auto measure = [&](const std::string& text, const std::string& kind) {
    ImFont* f = fontFor(kind);
    ImVec2 size = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text.c_str());
    return ScreenPoint{size.x, size.y};
  };
  std::vector<LabelCandidate> all = extra;
  all.insert(all.end(), candidates_.begin(), candidates_.end());
  std::vector<ScreenRect> blocked = furnitureRects(frame);
  blocked.insert(blocked.end(), obstacles.begin(), obstacles.end());
  for (const PlacedLabel& p : layoutLabels(all, camera, measure, blocked)) {
    const LabelCandidate& c = *p.candidate;
    if (p.hasDot) {
      float r = (c.kind == "city" ? 4.5f : 3.2f) * scale_;
      list->AddCircleFilled({float(p.dot.x), float(p.dot.y)}, r + 1.5f * scale_, color(255, 255, 255));
      list->AddCircleFilled({float(p.dot.x), float(p.dot.y)}, r, color(50, 50, 50));
    }
    ImFont* font = fontFor(c.kind);
    haloText(list, font, fonts_.haloOf(font), {float(p.topLeft.x), float(p.topLeft.y)}, textColor(c.kind),
             c.text.c_str());
  }
}

void MapOverlay::drawScaleBar(ImDrawList* list, const Camera& camera, const Projection& projection,
                              const Rect& frame) const {
  float s = scale_;
  ScaleBar bar = chooseScaleBar(camera, projection, 200 * s);
  if (bar.lengthPx <= 0) return;
  float x0 = float(frame.x) + 20 * s, y = float(frame.y + frame.height) - 22 * s, x1 = x0 + float(bar.lengthPx);
  // How the map is projected, after the bar: distances read off the bar hold in that projection.
  ImFont* font = fonts_.labelTown;
  float crsWidth = crsLabel_.empty() ? 0 : font->CalcTextSizeA(font->FontSize, 1e9f, 0, crsLabel_.c_str()).x + 12 * s;
  list->AddRectFilled({x0 - 8 * s, y - 30 * s}, {x1 + crsWidth + 10 * s, y + 10 * s}, color(255, 255, 255, 200));
  if (!crsLabel_.empty())
    list->AddText(font, font->FontSize, {x1 + 12 * s, y - 10 * s - font->FontSize / 2}, color(70, 70, 70),
                  crsLabel_.c_str());
  float half = (x0 + x1) / 2;
  list->AddRectFilled({x0, y - 5 * s}, {half, y}, color(40, 40, 40));
  list->AddRectFilled({half, y - 5 * s}, {x1, y}, color(255, 255, 255));
  list->AddRect({x0, y - 5 * s}, {x1, y}, color(40, 40, 40), 0, 0, 1.2f * s);
  list->AddText(fonts_.labelTown, fonts_.labelTown->FontSize, {x0, y - 24 * s}, color(40, 40, 40), bar.label.c_str());
}

void MapOverlay::drawNorthArrow(ImDrawList* list, const Camera& camera, const Projection& projection,
                                const Rect& frame) const {
  float s = scale_, angle = float(northAngle(camera, projection));
  ImVec2 c{float(frame.x + frame.width) - 38 * s, float(frame.y) + 52 * s};
  auto at = [&](float dx, float dy) {  // rotate a point given in "north is up" coordinates
    return ImVec2{c.x + dx * std::cos(angle) - dy * std::sin(angle), c.y + dx * std::sin(angle) + dy * std::cos(angle)};
  };
  list->AddCircleFilled(c, 24 * s, color(255, 255, 255, 200));
  list->AddTriangleFilled(at(0, -18 * s), at(-8 * s, 10 * s), at(0, 5 * s), color(40, 40, 40));
  list->AddTriangleFilled(at(0, -18 * s), at(0, 5 * s), at(8 * s, 10 * s), color(130, 130, 130));
  ImVec2 n = at(0, -30 * s);
  const char* label = "N";
  ImFont* font = fonts_.labelCity;
  ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0, label);
  haloText(list, font, fonts_.haloOf(font), {n.x - size.x / 2, n.y - size.y / 2}, color(40, 40, 40), label);
}

void MapOverlay::draw(ImDrawList* list, const Camera& camera, const Projection& projection,
                      const std::vector<LabelCandidate>& extraLabels, const std::vector<ScreenRect>& obstacles,
                      const Rect& frame) const {
  drawLabels(list, camera, extraLabels, obstacles, frame);
  drawScaleBar(list, camera, projection, frame);
  drawNorthArrow(list, camera, projection, frame);
}

}  // namespace itinera
