// Building a frame's parameters from a window's view state.
#include "core/frame/frame_params.h"

namespace itinera {

FrameParams frameParams(const ViewState& view, int64_t time, const Camera& camera, bool ui, float uiScale,
                        std::vector<Rect> windowsOnMap) {
  FrameParams f;
  f.time = time;
  f.camera = camera;
  f.selectedPlace = view.selectedPlace;
  f.presenter = view.presenter;
  f.card = view.card;
  f.blank = view.blank;
  f.legend = view.legend;
  f.legendChosen = view.legendChosen;
  f.ui = ui;
  f.uiScale = uiScale;
  f.windowsOnMap = std::move(windowsOnMap);
  return f;
}

}  // namespace itinera
