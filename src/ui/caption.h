// The caption for the moment shown: the current event (title, local time with its precision,
// place, participants) or, between events, where the travellers are going.
#pragma once

#include <imgui.h>

#include "core/briefing.h"
#include "render/ui_context.h"

namespace itinera {

void drawCaption(const Briefing& briefing, const Timeline::State& state, const UiFonts& fonts, float scale,
                 ImVec2 topCentre, float maxWidth, bool large);

}  // namespace itinera
