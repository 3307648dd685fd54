// The panels beside the map: the selected place's story, and the agenda kept in step with the clock.
#pragma once

#include <imgui.h>

#include <string>
#include <utility>
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
    float top = 0, bottom = 0;  // a row's extent on screen (0 for headings)
  };
  const std::vector<DrawnAgendaLine>& agendaDrawn() const { return agendaDrawn_; }
  // Where the place's panel drew each event's first line in its last frame, and what it showed.
  struct DrawnDetail {
    std::string eventId;
    float top = 0;
  };
  const std::vector<DrawnDetail>& detailsDrawn() const { return detailsDrawn_; }
  std::pair<float, float> placeView() const { return placeView_; }
  // The screen rows the agenda's list showed in its last frame: {top, bottom}.
  std::pair<float, float> agendaView() const { return agendaView_; }
  // How long a scroll by the user holds off the agenda's following the clock.
  static constexpr double kUserScrollHoldSeconds = 4;

  // Draws both panels in the column at `pos` with `size`, their backgrounds into `backdrop`;
  // true when the user jumped the clock. The place shown is `view`'s selection, which a click
  // on an agenda row or closing the place's panel changes.
  bool draw(Briefing& briefing, ViewState& view, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
            Backdrop& backdrop);
  // The folded column (screen_layout.h): a tab naming the current day, which opens it.
  void drawFolded(const Briefing& briefing, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
                  Backdrop& backdrop);
  // The event whose row the agenda keeps in view at the briefing's clock: the one under way,
  // else the last to have started (before the first, the first); nullptr without events.
  const Event* followedEvent(const Briefing& briefing) const;
  // The user opened the folded column (it stays open).
  bool opened() const { return opened_; }
  void open() { opened_ = true; }

 private:
  bool drawPlace(Briefing& briefing, const std::string& placeId, const UiFonts& fonts);
  bool drawAgenda(Briefing& briefing, ViewState& view, const UiFonts& fonts);
  bool drawAgendaRow(Briefing& briefing, ViewState& view, const AgendaRow& row, bool current);

  EventDetails details_;
  std::vector<AgendaDay> agenda_;
  std::vector<DrawnAgendaLine> agendaDrawn_;
  std::vector<DrawnDetail> detailsDrawn_;
  std::pair<float, float> placeView_{};
  const Event* lastFollowed_ = nullptr;  // the row the agenda last scrolled to
  float lastWrapWidth_ = -1;  // the agenda's text width when it last scrolled
  float lastScrollY_ = -1;     // the scroll the agenda left, to tell the user's own from it
  float lastHeight_ = -1;
  double userScrolledAt_ = -1e9;
  std::pair<float, float> agendaView_{};
  bool opened_ = false;
  std::string scrollToEvent_;  // the event clicked in the agenda, for the place's panel
  int scrollFrames_ = 0;
};

}  // namespace itinera
