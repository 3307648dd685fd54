// The panels beside the map: the selected place's story, and the agenda kept in step with the clock.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>
#include <unordered_map>
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
  explicit SidePanels(const Briefing& briefing) : details_(briefing) { followVersion(briefing); }
  // A new version of the trip was committed, or another reference zone chosen: the agenda is
  // built anew (its rows point into the version they were built from, its days follow the zone).
  void followVersion(const Briefing& briefing);

  // What the agenda window drew in its last frame, in order: the lines in sight (and a line or
  // two beyond), a day's heading (with an empty event id), then its rows (event id, time, title
  // with its mark, place).
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
  // `foldable`: the column was opened from a narrow window's tab, and has a button to fold it.
  bool draw(Briefing& briefing, ViewState& view, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
            Backdrop& backdrop, bool foldable = false);
  // The folded column (screen_layout.h): a tab naming the current day, which opens it.
  void drawFolded(const Briefing& briefing, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
                  Backdrop& backdrop);
  // The event whose row the agenda keeps in view at the briefing's clock: the one under way,
  // else the last to have started (before the first, the first); nullptr without events.
  const Event* followedEvent(const Briefing& briefing) const;
  // The user opened the folded column (it stays open until folded again).
  bool opened() const { return opened_; }
  void open() { opened_ = true; }
  // Folds the column a narrow window opened (its Hide button, or Esc), closing the place's panel.
  void fold(ViewState& view) { opened_ = false, view.selectedPlace.clear(), focus_ = Focus::None; }

  // Keyboard focus (Tab): a panel and one of its rows. Up and Down move through the rows, Enter
  // opens the row as a click would; the map keeps every other key.
  enum class Focus { None, Tab, Agenda, Details };
  Focus focus() const { return focus_; }
  // "tab", "agenda:<event id>", "details:<event id>" or "" (the map), for the state file.
  std::string focusName() const;
  // Tab, Shift+Tab: the next (previous) panel on screen, the map counting as one; a folded
  // column is its tab alone. A panel is entered at the row of the clock's event.
  void focusNext(const Briefing& briefing, const ViewState& view, bool folded, bool backwards);
  void moveFocus(const Briefing& briefing, const ViewState& view, int rows);
  // Enter: opens the focused row (the tab opens the column); true when the clock moved.
  bool activateFocus(Briefing& briefing, ViewState& view);
  void clearFocus() { focus_ = Focus::None; }

 private:
  bool drawPlace(Briefing& briefing, const std::string& placeId, const UiFonts& fonts);
  // The agenda window (side_panels_agenda.cpp): only the lines in sight are laid out and drawn.
  struct AgendaLine {
    const AgendaDay* day = nullptr;
    const AgendaRow* row = nullptr;  // nullptr: the day's heading
    size_t heading = 0;              // the line of its day's heading
  };
  void indexAgenda(const Briefing& briefing);
  float lineHeight(const AgendaLine& line, const UiFonts& fonts, float left, float right) const;
  void layOutAgenda(const UiFonts& fonts, float left, float right);
  size_t lineAt(double y) const;
  std::string followedDay(const Briefing& briefing) const;  // the dated heading of followedEvent()
  bool drawAgenda(Briefing& briefing, ViewState& view, const UiFonts& fonts);
  bool drawAgendaLines(Briefing& briefing, ViewState& view, const UiFonts& fonts, size_t first, size_t end);
  bool drawAgendaRow(Briefing& briefing, ViewState& view, const AgendaRow& row, bool current);

  // The focused panel's rows: the agenda's events, or the place's.
  std::vector<const Event*> focusRows(const Briefing& briefing, const ViewState& view, Focus focus) const;
  void outlineFocus(ImVec2 lo, ImVec2 hi, float scale) const;
  Focus focus_ = Focus::None;
  std::string focusedId_;  // the focused row's event
  bool scrollToFocus_ = false;
  float scale_ = 1;  // the UI scale of the last draw

  EventDetails details_;
  std::vector<AgendaDay> agenda_;
  ReferenceZone agendaZone_ = ReferenceZone::Home;  // the zone of agenda_'s day headings
  std::vector<AgendaLine> lines_;  // agenda_'s headings and rows, in order
  std::unordered_map<const Event*, size_t> lineOf_;
  std::vector<std::pair<int64_t, const Event*>> stops_;  // by stepping stop, agenda order on ties
  const Event* firstStopped_ = nullptr;  // the first row in the agenda's order with a stop
  // Each line's height with the spacing after it, measured at layoutWidth_ and layoutFont_,
  // and the tops they sum to from the list's top.
  std::vector<float> heights_;
  std::vector<double> tops_;
  double listHeight_ = 0;
  float layoutWidth_ = -1, layoutFont_ = -1;
  bool topsStale_ = true;
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
