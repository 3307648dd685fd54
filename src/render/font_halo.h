// Halo fonts: twins of the label fonts whose glyphs are grown by a soft border in the atlas,
// so a label's white halo is drawn in one pass instead of several offset copies.
#pragma once

#include <imgui.h>

#include <vector>

namespace itinera {

// Padding the atlas needs between glyphs for halos of `radius` pixels.
inline int haloAtlasPadding(int radius) { return 2 * radius + 2; }

// Grows every glyph of `haloFonts` by `radius` pixels in the built atlas (alpha only, before
// upload). A glyph whose border would touch another image in the atlas is left as it is.
void growHalos(ImFontAtlas& atlas, const std::vector<ImFont*>& haloFonts, int radius);

}  // namespace itinera
