// What is drawn over the basemap with ImGui: labels with halos, town dots, scale bar with the
// map's CRS beside it, north arrow.
#pragma once

#include <imgui.h>

#include <vector>

#include "core/geo/basemap.h"
#include "core/layout/label_layout.h"
#include "core/geo/projection.h"
#include "core/layout/screen_layout.h"
#include "render/ui_context.h"

namespace itinera {

class MapOverlay {
 public:
  // `crsName`: how the map is projected, named beside the scale bar (none when empty).
  MapOverlay(const GeoLayer& labels, const UiFonts& fonts, float uiScale, const std::string& crsName = "");

  // `extraLabels` (e.g. the trip's places) are placed before the basemap's, clear of `obstacles`.
  void draw(ImDrawList* list, const Camera& camera, const Projection& projection,
            const std::vector<LabelCandidate>& extraLabels, const std::vector<ScreenRect>& obstacles,
            const Rect& frame) const;
  // Screen areas the furniture occupies in the corners of `frame`, kept free of labels.
  std::vector<ScreenRect> furnitureRects(const Rect& frame) const;

 private:
  ImFont* fontFor(const std::string& kind) const;
  void drawLabels(ImDrawList* list, const Camera& camera, const std::vector<LabelCandidate>& extra,
                  const std::vector<ScreenRect>& obstacles, const Rect& frame) const;
  void drawScaleBar(ImDrawList* list, const Camera& camera, const Projection& projection, const Rect& frame) const;
  void drawNorthArrow(ImDrawList* list, const Camera& camera, const Projection& projection, const Rect& frame) const;

  std::vector<LabelCandidate> candidates_;
  const UiFonts& fonts_;
  float scale_;
  std::string crsLabel_;  // "Map: <the CRS's name>", or empty
};

}  // namespace itinera
