// The legend window: each sign of the map and the slider drawn small beside what it means
// (core/story/story_legend.h), in two columns. L toggles it.
#pragma once

#include <imgui.h>

#include "core/layout/label_layout.h"
#include "core/story/story_legend.h"
#include "render/ui_context.h"

namespace itinera {

// Drawn with its bottom-left corner at `bottomLeft`. Returns where it is, or an empty
// rectangle while that is not yet known.
// `full` false: one line saying L shows it.
ScreenRect drawLegend(const Legend& legend, const UiFonts& fonts, float scale, ImVec2 bottomLeft, bool full);

// Whether the full legend leaves a map area of `mapWidth` x `mapHeight` pixels clear enough:
// in a small window it would hide the story.
bool legendFits(double mapWidth, double mapHeight, float scale);

}  // namespace itinera
