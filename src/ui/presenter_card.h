// The audience screen in presenter mode: one card of the story sequence
// (core/story/story_sequence.h) in type readable from the back of a room, a thin progress bar,
// and the blank (black) screen.
#pragma once

#include <imgui.h>

#include "core/camera/camera.h"
#include "core/layout/label_layout.h"
#include "core/story/story_sequence.h"
#include "render/ui_context.h"

namespace itinera {

// The smallest body text a room can read: 1/45 of the screen's height, in pixels.
inline float presenterBodyHeight(Viewport screen) { return float(screen.height) / 45.f; }
// The height the card's body text is drawn at: the body font, enlarged to presenterBodyHeight.
float presenterFontSize(const UiFonts& fonts, Viewport screen);

// Draws `card` as a window: title and closing cards centred, event and quote cards at the right
// of the screen (core/layout/screen_layout.h). Returns where it is, empty while not yet known.
ScreenRect drawPresenterCard(const SequenceCard& card, const UiFonts& fonts, float scale, Viewport screen);

// The thin bar across the bottom: how far through the sequence card `index` of `count` is.
void drawProgressBar(ImDrawList* list, Viewport screen, size_t index, size_t count);

}  // namespace itinera
