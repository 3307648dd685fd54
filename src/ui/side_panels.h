// The panels beside the map: the selected place's story, and the agenda kept in step with the clock.
#pragma once

#include <imgui.h>

#include "core/story/briefing.h"
#include "render/backdrop.h"
#include "ui/event_details.h"

namespace itinera {

class SidePanels {
 public:
  explicit SidePanels(const Briefing& briefing) : details_(briefing) {}

  // Draws both panels in the column at `pos` with `size`, their backgrounds into `backdrop`;
  // true when the user jumped the clock.
  bool draw(Briefing& briefing, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size, Backdrop& backdrop);

 private:
  bool drawPlace(Briefing& briefing, const UiFonts& fonts);
  bool drawAgenda(Briefing& briefing, const UiFonts& fonts);

  EventDetails details_;
  const Event* lastCurrent_ = nullptr;
  float lastWrapWidth_ = -1;  // the agenda's text width when it last scrolled
};

}  // namespace itinera
