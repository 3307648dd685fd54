// The presenter's own screen while presenting: the card the room sees, the next one, the speaker
// notes, the time of day and the time since presenting began. It only lays out the story
// sequence (core/story/story_sequence.h); the window and `render --presenter-view` both draw it.
#pragma once

#include <imgui.h>

#include <string>

#include "core/camera/camera.h"
#include "core/layout/screen_layout.h"
#include "core/story/story_sequence.h"
#include "render/ui_context.h"

namespace itinera {

struct PresenterViewFrame {
  const StorySequence* sequence = nullptr;
  size_t card = 0;            // the card the audience sees (clamped to the sequence)
  bool blank = false;         // the audience screen is blanked (B)
  std::string wallClock;      // the time of day, "14:32"
  std::string elapsed;        // since presenting began, "00:12:05"
};

// The UI scale that makes the view's type right for a screen `height` pixels high: its fonts are
// then drawn at their own size, not stretched.
float presenterViewScale(int height);

// "00:00:00": hours, minutes and seconds of `seconds` (negative counts as 0).
std::string elapsedText(double seconds);

// The time of day on this machine's clock, "14:32".
std::string wallClockText();

// Where each part of the view is, in pixels, for the screen `size`: for drawing and for tests.
struct PresenterViewLayout {
  Rect top, now, next, notes;
};
PresenterViewLayout presenterViewLayout(Viewport size);

// Draws the view over the whole of the current ImGui frame, of size `size`.
void drawPresenterView(const PresenterViewFrame& frame, const UiFonts& fonts, Viewport size);

}  // namespace itinera
