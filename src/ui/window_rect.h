// Where an ImGui window was drawn, for what must keep clear of it (labels, the story's frame).
#pragma once

#include <imgui.h>

#include "core/layout/label_layout.h"

namespace itinera {

// Before Begin: the window's background is the screen's backdrop (render/backdrop.h), filled
// from the rectangle endWindowWithRect() returns, not blended by ImGui.
inline void nextWindowOnBackdrop() { ImGui::SetNextWindowBgAlpha(0); }

// Ends the window being built and returns its rectangle; empty in the frame it appears, while
// it is still measuring itself and its place is not known.
inline ScreenRect endWindowWithRect() {
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  bool known = !ImGui::IsWindowAppearing();
  ImGui::End();
  if (!known) return {};
  return {pos.x, pos.y, pos.x + size.x, pos.y + size.y};
}

}  // namespace itinera
