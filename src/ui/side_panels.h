// The panels beside the map: the selected place's story, and the agenda kept in step with the clock.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/frame/view_state.h"
#include "core/story/briefing.h"
#include "core/story/story_agenda.h"
#include "render/backdrop.h"
#include "ui/event_details.h"

namespace itinera {

class SidePanels {
 public:
  explicit SidePanels(const Briefing& briefing)
      : details_(briefing), agenda_(buildAgenda(briefing.trip(), briefing.clock())) {}

  // What the agenda window drew in its last frame, in order: a day's heading (with an empty
  // event id), then its rows (event id, time, title with its mark, place).
  struct DrawnAgendaLine {
    std::string eventId, time, title, place;
  };
  const std::vector<DrawnAgendaLine>& agendaDrawn() const { return agendaDrawn_; }

  // Draws both panels in the column at `pos` with `size`, their backgrounds into `backdrop`;
  // true when the user jumped the clock. The place shown is `view`'s selection, which a click
  // on an agenda row or closing the place's panel changes.
  bool draw(Briefing& briefing, ViewState& view, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
            Backdrop& backdrop);

 private:
  bool drawPlace(Briefing& briefing, const std::string& placeId, const UiFonts& fonts);
  bool drawAgenda(Briefing& briefing, ViewState& view, const UiFonts& fonts);
  bool drawAgendaRow(Briefing& briefing, ViewState& view, const AgendaRow& row, bool current);

  EventDetails details_;
  std::vector<AgendaDay> agenda_;
  std::vector<DrawnAgendaLine> agendaDrawn_;
  const Event* lastCurrent_ = nullptr;
  float lastWrapWidth_ = -1;  // the agenda's text width when it last scrolled
};

}  // namespace itinera
