// One map frame: clear, basemap, overlay.
#include "render/map_view.h"

namespace itinera {

MapView::MapView(MapData& data, MapRenderer renderer, const UiFonts& fonts, float uiScale)
    : data_(data), renderer_(std::move(renderer)), overlay_(*data.basemap.layer("labels"), fonts, uiScale, data.projection.name()),
      uiScale_(uiScale) {}

Result<std::unique_ptr<MapView>> MapView::create(MapData& data, const UiFonts& fonts, float uiScale) {
  auto renderer = MapRenderer::create();
  if (!renderer) return Error{renderer.error()};
  renderer->upload(data.geometry);
  return std::unique_ptr<MapView>(new MapView(data, std::move(renderer.value()), fonts, uiScale));
}

bool MapView::uploadFinishedLevels() {
  mergeFinishedLevels(data_);
  if (!renderer_.lacksLevelsOf(data_.geometry)) return false;
  renderer_.upload(data_.geometry);
  return true;
}

void MapView::draw(const Camera& camera, ImDrawList* overlay, const std::string& highlightProvince,
                   const std::vector<LabelCandidate>& extraLabels, const std::vector<ScreenRect>& obstacles,
                   const Rect& area, const std::vector<OverlayLine>& lines) {
  const int width = camera.viewport.width, height = camera.viewport.height;
  glViewport(0, 0, width, height);
  // A whole-window clear is a tile clear for a software rasteriser; Mesa draws a scissored one
  // as a quad.
  const Rgba sea = style::kSea;
  glClearColor(sea.r, sea.g, sea.b, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  bool partial = area.width > 0 && area.height > 0;
  if (partial) {
    glEnable(GL_SCISSOR_TEST);  // GL counts rows from the bottom
    glScissor(int(area.x), height - int(area.y + area.height), int(area.width), int(area.height));
  }
  renderer_.draw(camera, uiScale_, highlightProvince);
  renderer_.drawOverlayLines(lines, camera, uiScale_);
  glDisable(GL_SCISSOR_TEST);
  Rect frame = partial ? area : Rect{0, 0, double(width), double(height)};
  if (overlay) overlay_.draw(overlay, camera, data_.projection, extraLabels, obstacles, frame);
}

}  // namespace itinera
