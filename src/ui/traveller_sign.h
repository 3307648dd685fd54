// A traveller's sign on the map and in the legend: a glyph in the traveller's colour, inside a
// ring. The colours repeat after three travellers, so each round of them has its own glyph.
#pragma once

#include <imgui.h>

#include <cstddef>

namespace itinera {

enum class TravellerGlyph { Triangle, Square, Diamond, DownTriangle };

// Triangles for the first three travellers, squares for the next three, then diamonds, then
// triangles pointing down, and round again.
TravellerGlyph travellerGlyph(size_t index);

// The glyph of traveller `index` centred on `c`, inside a ring of radius 10 * `scale`.
void drawTravellerGlyph(ImDrawList* list, ImVec2 c, float scale, size_t index);

}  // namespace itinera
