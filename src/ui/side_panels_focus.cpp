// Keyboard focus in the side panels: Tab between the panels and the map, Up and Down through a
// panel's rows, Enter to open one (side_panels.h).
#include <algorithm>

#include "ui/side_panels.h"
#include "ui/ui_palette.h"

namespace itinera {

std::vector<const Event*> SidePanels::focusRows(const Briefing& b, const ViewState& view, Focus focus) const {
  std::vector<const Event*> rows;
  if (focus == Focus::Agenda)
    for (const AgendaDay& day : agenda_)
      for (const AgendaRow& row : day.rows)
        if (row.event->time.precision != TimePrecision::Trip) rows.push_back(row.event);  // as a click: no stop
  if (focus == Focus::Details && b.trip().place(view.selectedPlace))
    rows = b.trip().eventsAt(view.selectedPlace, true);
  return rows;
}

std::string SidePanels::focusName() const {
  switch (focus_) {
    case Focus::Tab: return "tab";
    case Focus::Agenda: return "agenda:" + focusedId_;
    case Focus::Details: return "details:" + focusedId_;
    default: return "";
  }
}

void SidePanels::focusNext(const Briefing& b, const ViewState& view, bool folded, bool backwards) {
  std::vector<Focus> ring{Focus::None};
  if (folded) ring.push_back(Focus::Tab);
  else if (b.trip().place(view.selectedPlace)) ring.insert(ring.end(), {Focus::Details, Focus::Agenda});
  else ring.push_back(Focus::Agenda);
  size_t at = size_t(std::find(ring.begin(), ring.end(), focus_) - ring.begin()) % ring.size();
  focus_ = ring[(at + (backwards ? ring.size() - 1 : 1)) % ring.size()];
  // A panel is entered at the clock's event, where the reader's eye already is.
  std::vector<const Event*> rows = focusRows(b, view, focus_);
  const Event* current = b.timeline().eventAt(int64_t(b.playback().time()));
  if (focus_ == Focus::Agenda) current = followedEvent(b);
  auto found = std::find(rows.begin(), rows.end(), current);
  focusedId_ = found != rows.end() ? (*found)->id : rows.empty() ? "" : rows.front()->id;
  scrollToFocus_ = true;
}

void SidePanels::moveFocus(const Briefing& b, const ViewState& view, int delta) {
  std::vector<const Event*> rows = focusRows(b, view, focus_);
  if (rows.empty()) return;
  auto found = std::find_if(rows.begin(), rows.end(), [&](const Event* e) { return e->id == focusedId_; });
  long at = found == rows.end() ? 0 : long(found - rows.begin()) + delta;
  focusedId_ = rows[size_t(std::clamp(at, 0L, long(rows.size()) - 1))]->id;
  scrollToFocus_ = true;
}

bool SidePanels::activateFocus(Briefing& b, ViewState& view) {
  if (focus_ == Focus::Tab) {
    opened_ = true;
    focusNext(b, view, false, false);  // into the agenda just shown
    return false;
  }
  for (const Event* e : focusRows(b, view, focus_)) {
    if (e->id != focusedId_) continue;
    auto stop = b.timeline().stopFor(*e);
    if (!stop) return false;
    b.playback().setPlaying(false);
    b.playback().seek(double(*stop));
    if (focus_ == Focus::Agenda) view.selectedPlace = e->place, scrollToEvent_ = e->id, scrollFrames_ = 3;
    return true;
  }
  return false;
}

void SidePanels::outlineFocus(ImVec2 lo, ImVec2 hi, float s) const {
  ImGui::GetWindowDrawList()->AddRect({lo.x - 5 * s, lo.y - 2 * s}, {hi.x + 5 * s, hi.y + 2 * s}, palette::kInk,
                                      3 * s, 0, 2 * s);
}

}  // namespace itinera
