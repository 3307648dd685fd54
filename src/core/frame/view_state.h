// What one window shows of a briefing: its selection and its modes. Each window (and each
// render or export) holds its own, so a second window can select another place.
#pragma once

#include <cstddef>
#include <string>

namespace itinera {

struct ViewState {
  std::string selectedPlace;  // place id, or empty
  bool follow = true;         // the camera follows the story
  bool presenter = false;     // presenter mode: no side panels, no toolbar
  size_t card = 0;            // presenter mode: the story sequence's card shown
  bool blank = false;         // presenter mode: the screen blanked (black)
  bool legend = true;         // the legend of the map's signs
  // The user chose to see the legend (L): shown in full even where it would crowd a small map,
  // which otherwise gets a one-line reminder of it.
  bool legendChosen = false;
};

}  // namespace itinera
