// What one window shows of a briefing: its selection and its modes. Each window (and each
// render or export) holds its own, so a second window can select another place.
#pragma once

#include <string>

namespace itinera {

struct ViewState {
  std::string selectedPlace;  // place id, or empty
  bool follow = true;         // the camera follows the story
  bool presenter = false;     // presenter mode: no side panels, no toolbar
};

}  // namespace itinera
