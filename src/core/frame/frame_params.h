// Everything one frame of a briefing is drawn from, as a value: the window, `render --ui`
// and an export loop each build one and call the same drawing code.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/frame/view_state.h"
#include "core/layout/screen_layout.h"

namespace itinera {

struct FrameParams {
  int64_t time = 0;           // the trip's moment, Unix seconds
  Camera camera;              // its viewport is the frame's size in pixels
  std::string selectedPlace;  // place id, or empty
  bool presenter = false;
  size_t card = 0;            // presenter mode: the sequence card shown
  bool blank = false;         // presenter mode: a black screen
  bool legend = true;
  bool legendChosen = false;  // see ViewState
  bool ui = true;             // the caption, side panels and slider; false: the map and trip alone
  float uiScale = 1;
  // Other windows drawn over the map (the view toolbar): labels and the caption keep clear.
  std::vector<Rect> windowsOnMap;

  Viewport size() const { return camera.viewport; }
};

// The frame a window (or a render, or an export) with `view` shows at `time` through `camera`.
FrameParams frameParams(const ViewState& view, int64_t time, const Camera& camera, bool ui, float uiScale,
                        std::vector<Rect> windowsOnMap = {});

}  // namespace itinera
