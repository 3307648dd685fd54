// The time slider: one band per local day, nights shaded, a tick per event coloured by kind,
// uncertain times hatched over their possible range, the current time large; drag to scrub.
#pragma once

#include <imgui.h>

#include "core/story/briefing.h"
#include "render/backdrop.h"
#include "render/ui_context.h"

namespace itinera {

struct TimelineBarResult {
  bool seeked = false;  // the user moved the time
};

// Draws the bar as an ImGui window at `pos` with `size` (pixels).
TimelineBarResult drawTimelineBar(Briefing& briefing, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
                                  Backdrop& backdrop);

// Moves the clock to the next (or previous) event's start, skipping nights and gaps; true if it moved.
bool stepToEvent(Briefing& briefing, bool forward);

}  // namespace itinera
