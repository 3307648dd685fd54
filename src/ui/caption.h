// The caption for the moment shown: the current event (title, local time with its precision,
// place, participants) or, between events, where the travellers are going.
#pragma once

#include <imgui.h>

#include "core/briefing.h"
#include "core/label_layout.h"
#include "render/ui_context.h"

namespace itinera {

// Drawn as a window whose top-right corner is at `topRight`, at most `maxWidth` wide.
// Returns where the window is, or an empty rectangle while that is not yet known.
ScreenRect drawCaption(const Briefing& briefing, const Timeline::State& state, const UiFonts& fonts, float scale,
                       ImVec2 topRight, float maxWidth, bool large);

}  // namespace itinera
