// The caption for the moment shown: the card of core/story/story_card.h (the current event, the
// leg under way, or the moment between events, and that day's events of unknown hour), laid out.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/story/briefing.h"
#include "core/story/story_card.h"
#include "core/layout/label_layout.h"
#include "render/ui_context.h"

namespace itinera {

// "With: A, B and C": as many participants as fit in `height` at `wrapWidth`, in the current
// font, the others counted ("and 3 more"); "" when not even the count fits, or there are none.
std::string participantsFitting(const Trip& trip, const Event& event, float wrapWidth, float height);
// `prefix` and as many `items` as fit, the rest counted ("and 3 more", or "5 <noun>").
std::string listFitting(const std::string& prefix, const std::vector<std::string>& items, const std::string& noun,
                        float wrapWidth, float height);

// Drawn as a window whose top-right corner is at `topRight`, at most `maxSize`. When the
// participants do not all fit, as many are named as do and the others are counted.
// Returns where the window is, or an empty rectangle while that is not yet known.
ScreenRect drawCaption(const StoryCard& card, const UiFonts& fonts, float scale,
                       ImVec2 topRight, ImVec2 maxSize, bool large);

}  // namespace itinera
