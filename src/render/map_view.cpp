// One map frame: clear, basemap, overlay.
#include "render/map_view.h"

namespace itinera {

MapView::MapView(MapData& data, MapRenderer renderer, const UiFonts& fonts, float uiScale)
    : data_(data), renderer_(std::move(renderer)), overlay_(*data.basemap.layer("labels"), fonts, uiScale),
      uiScale_(uiScale) {}

Result<std::unique_ptr<MapView>> MapView::create(MapData& data, const UiFonts& fonts, float uiScale) {
  auto renderer = MapRenderer::create();
  if (!renderer) return Error{renderer.error()};
  renderer->upload(data.geometry);
  return std::unique_ptr<MapView>(new MapView(data, std::move(renderer.value()), fonts, uiScale));
}

bool MapView::uploadFinishedLevels() {
  auto& pending = data_.otherLevels;
  if (!pending.valid() || pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
  renderer_.upload(pending.get());
  return true;
}

void MapView::draw(const Camera& camera, ImDrawList* overlay, const std::string& highlightProvince,
                   const std::vector<LabelCandidate>& extraLabels, const std::vector<ScreenRect>& obstacles) {
  glViewport(0, 0, camera.viewport.width, camera.viewport.height);
  const Rgba sea = style::kSea;
  glClearColor(sea.r, sea.g, sea.b, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  renderer_.draw(camera, uiScale_, highlightProvince);
  if (overlay) overlay_.draw(overlay, camera, data_.projection, extraLabels, obstacles);
}

}  // namespace itinera
