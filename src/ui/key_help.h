// Every key the window answers to, and the window listing them (`?`).
#pragma once

#include <string>
#include <vector>

namespace itinera {

struct KeyHelp {
  std::string keys, action;
};

// In the briefing, then in presenter mode.
const std::vector<KeyHelp>& briefingKeys();
const std::vector<KeyHelp>& presenterKeys();

// Draws the list as a window in the middle of a `width` x `height` screen; false once closed.
bool drawKeyHelp(float width, float height, float scale);

}  // namespace itinera
