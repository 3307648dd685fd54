// The map as drawn on screen or into a PNG: basemap meshes on the GPU plus the overlay.
#pragma once

#include <memory>

#include "core/geo/map_data.h"
#include "render/map_overlay.h"
#include "render/map_renderer.h"

namespace itinera {

class MapView {
 public:
  // Uploads the meshes of `data` (which must outlive the view).
  static Result<std::unique_ptr<MapView>> create(MapData& data, const UiFonts& fonts, float uiScale);

  // Uploads the levels of detail this view lacks, those finished in the background included
  // (another view may have taken them in first); true when there were some.
  bool uploadFinishedLevels();

  // Clears to the sea colour and draws the basemap, then `lines` over it; the overlay goes into
  // `overlay`. With an `area`, only that part of the window is drawn (panels cover the rest)
  // and the scale bar and north arrow sit in its corners.
  void draw(const Camera& camera, ImDrawList* overlay, const std::string& highlightProvince = "",
            const std::vector<LabelCandidate>& extraLabels = {}, const std::vector<ScreenRect>& obstacles = {},
            const Rect& area = {}, const std::vector<OverlayLine>& lines = {});
  MapRenderer& renderer() { return renderer_; }
  const MapData& data() const { return data_; }

 private:
  MapView(MapData& data, MapRenderer renderer, const UiFonts& fonts, float uiScale);

  MapData& data_;
  MapRenderer renderer_;
  MapOverlay overlay_;
  float uiScale_;
};

}  // namespace itinera
