// The presenter sequence's title, quote and closing cards drawn over the map, as a video
// shows them while it holds on one; event cards are the caption's (ui/caption.h).
#pragma once

#include "core/camera/camera.h"
#include "core/story/story_sequence.h"
#include "render/ui_context.h"

namespace itinera {

// True for the cards this view draws (title, quote, closing).
bool drawsOverMap(const SequenceCard& card);

// Draws `card` as a window centred in `size`: its heading in the caption font, then its
// lines as the sequence gives them (nothing is composed here).
void drawSequenceCard(const SequenceCard& card, const UiFonts& fonts, float scale, Viewport size);

}  // namespace itinera
