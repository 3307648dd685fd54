// Place details and agenda windows; the agenda lays out the rows of core/story/story_agenda.h.
#include "ui/side_panels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/layout/list_scroll.h"
#include "core/layout/picking.h"
#include "core/story/story_agenda.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBackground;

// To the stop at which stepping visits the event: its start, or for an event whose hour is
// not known, the start of its day.
bool jumpTo(Briefing& b, const Event& e) {
  auto stop = b.timeline().stopFor(e);
  if (!stop) return false;
  b.playback().setPlaying(false);
  b.playback().seek(double(*stop));
  return true;
}

}  // namespace

bool SidePanels::drawPlace(Briefing& b, const std::string& placeId, const UiFonts& fonts) {
  const Trip& trip = b.trip();
  const Place* place = trip.place(placeId);
  if (!place) return false;
  bool jumped = false;
  ImGui::PushFont(fonts.caption);
  ImGui::TextWrapped("%s", place->name.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s, location %s%s", place->kind.c_str(), toString(place->precision),
                      place->note.empty() ? "" : " (see note)");
  if (!place->note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", place->note.c_str());
  const Event* current = b.timeline().eventAt(b.playback().time());
  auto events = trip.eventsAt(place->id, true);
  detailsDrawn_.clear();
  placeView_ = {ImGui::GetWindowPos().y + ImGui::GetFrameHeight(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()};
  ImGui::Text("%zu event%s here", events.size(), events.size() == 1 ? "" : "s");
  ImGui::Separator();
  for (const Event* e : events) {
    // The event clicked in the agenda is scrolled to the top, over the frames it takes a
    // newly opened panel to know its height.
    if (scrollFrames_ > 0 && e->id == scrollToEvent_) ImGui::SetScrollHereY(0);
    detailsDrawn_.push_back({e->id, ImGui::GetCursorScreenPos().y});
    if (details_.draw(*e, fonts, e == current) && e->time.precision != TimePrecision::Trip) jumped = jumpTo(b, *e);
  }
  if (scrollFrames_ > 0) --scrollFrames_;
  return jumped;
}

bool SidePanels::drawAgendaRow(Briefing& b, ViewState& view, const AgendaRow& row, bool current) {
  const Event& e = *row.event;
  bool jumped = false;
  ImGui::PushID(e.id.c_str());
  ImGui::BeginGroup();
  ImGui::TextColored(ImColor(palette::eventKindText(e.kind)).Value, "%s", row.time.c_str());
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
  ImGui::TextWrapped("%s", row.place.c_str());
  ImGui::PopStyleColor();
  ImGui::Indent();
  ImGui::TextWrapped("%s%s", row.title.c_str(), row.mark.c_str());
  ImGui::Unindent();
  ImGui::EndGroup();
  if (current) {
    ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled({lo.x - 4, lo.y - 1}, {hi.x + 4, hi.y + 1},
                                              palette::withAlpha(palette::kHighlight, 45), 3);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Jump to this event");
  if (ImGui::IsItemClicked() && e.time.precision != TimePrecision::Trip) {
    jumped = jumpTo(b, e);
    view.selectedPlace = e.place;
    scrollToEvent_ = e.id, scrollFrames_ = 3;
  }
  ImGui::PopID();
  agendaDrawn_.push_back({row.eventId, row.time, row.title + row.mark, row.place});
  return jumped;
}

bool SidePanels::drawAgenda(Briefing& b, ViewState& view, const UiFonts& fonts) {
  const Event* current = b.timeline().eventAt(b.playback().time());
  const Event* followed = followedEvent(b);
  // A scroll this panel did not make is the user's: the agenda leaves it for a few seconds.
  double now = ImGui::GetTime();
  // (After the agenda's own scroll, or a resize, ImGui clamps and rounds: that is not the user's.)
  if (lastScrollY_ >= 0 && ImGui::GetWindowHeight() == lastHeight_ && std::abs(ImGui::GetScrollY() - lastScrollY_) > 0.5f)
    userScrolledAt_ = now;
  lastHeight_ = ImGui::GetWindowHeight();
  bool userScrolling = now - userScrolledAt_ < kUserScrollHoldSeconds;
  // Scroll again when the text rewraps (the window was resized): rows no longer start where
  // they did.
  float wrapWidth = ImGui::GetContentRegionAvail().x;
  bool jumped = false, follow = !userScrolling && (followed != lastFollowed_ || wrapWidth != lastWrapWidth_);
  // Row tops, so the agenda can scroll to the current event's day without cutting a line.
  std::vector<double> rowTops;
  size_t currentRow = SIZE_MAX, dayRow = 0;
  agendaDrawn_.clear();
  for (const AgendaDay& day : agenda_) {
    if (currentRow == SIZE_MAX) dayRow = rowTops.size();
    rowTops.push_back(ImGui::GetCursorPosY());
    ImGui::PushFont(fonts.bodyBold);
    ImGui::TextUnformatted(day.heading.c_str());
    ImGui::PopFont();
    agendaDrawn_.push_back({"", "", day.heading, ""});
    for (const AgendaRow& row : day.rows) {
      if (row.event == followed) currentRow = rowTops.size();
      rowTops.push_back(ImGui::GetCursorPosY());
      jumped |= drawAgendaRow(b, view, row, row.event == current);
      agendaDrawn_.back().top = ImGui::GetItemRectMin().y, agendaDrawn_.back().bottom = ImGui::GetItemRectMax().y;
    }
  }
  if (follow && currentRow != SIZE_MAX) {
    const ImGuiStyle& style = ImGui::GetStyle();
    double view = ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - 2 * style.WindowPadding.y;
    // The row goes just under the title bar, and the one before it out of sight above.
    double under = style.WindowPadding.y - style.ItemSpacing.y / 2;
    // How far the list can scroll, measured now: ImGui knows it only from the next frame.
    double listHeight = ImGui::GetCursorPosY() - style.ItemSpacing.y - rowTops.front();
    double maxScroll = std::max(0.0, listHeight - view);
    double top = scrollToShow(rowTops, currentRow, dayRow, view, rowTops.front() + maxScroll - under);
    float scrollY = top == rowTops.front() ? 0.f : float(top - rowTops.front() + under);
    ImGui::SetScrollY(scrollY);
    lastScrollY_ = -1;  // in effect from the next frame, as ImGui clamps it
  } else {
    lastScrollY_ = ImGui::GetScrollY();
  }
  if (!userScrolling) {  // what the user's scroll held back is followed once the hold ends
    lastFollowed_ = followed;
    lastWrapWidth_ = wrapWidth;
  }
  agendaView_ = {ImGui::GetWindowPos().y + ImGui::GetFrameHeight(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()};
  return jumped;
}

const Event* SidePanels::followedEvent(const Briefing& b) const {
  int64_t t = int64_t(b.playback().time());
  if (const Event* current = b.timeline().eventAt(t)) return current;
  const Event *first = nullptr, *latest = nullptr;
  int64_t latestStop = 0;
  for (const AgendaDay& d : agenda_)
    for (const AgendaRow& row : d.rows) {
      auto stop = b.timeline().stopFor(*row.event);
      if (!stop) continue;
      if (!first) first = row.event;
      if (*stop <= t && (!latest || *stop >= latestStop)) latest = row.event, latestStop = *stop;
    }
  return latest ? latest : first;
}

void SidePanels::drawFolded(const Briefing& b, const UiFonts& fonts, float s, ImVec2 pos, ImVec2 size,
                            Backdrop& backdrop) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Agenda (folded)", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  backdrop.addCurrentWindow(palette::kPanel);
  // The day the clock is in, so the tab says what opening it shows.
  std::string day;
  const Event* followed = followedEvent(b);
  for (const AgendaDay& d : agenda_)
    for (const AgendaRow& row : d.rows)
      if (row.event == followed && d.dated) day = d.heading;
  std::string label = "Show the agenda: " + day;
  ImGui::PushFont(fonts.bodyBold);
  if (day.empty() || ImGui::CalcTextSize(label.c_str()).x > ImGui::GetContentRegionAvail().x - 12 * s)
    label = "Show the agenda";
  if (ImGui::Button(label.c_str(), {-1, 0})) opened_ = true;
  ImGui::PopFont();
  ImGui::End();
}

bool SidePanels::draw(Briefing& b, ViewState& view, const UiFonts& fonts, float s, ImVec2 pos, ImVec2 size,
                      Backdrop& backdrop) {
  bool jumped = false;
  bool placeOpen = b.trip().place(view.selectedPlace) != nullptr;
  float agendaHeight = placeOpen ? size.y * 0.38f : size.y;
  if (placeOpen) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize({size.x, size.y - agendaHeight - 6 * s});
    // The gap between the two panels shows the frame, as around them.
    backdrop.add({pos.x, pos.y + size.y - agendaHeight - 6 * s}, {pos.x + size.x, pos.y + size.y - agendaHeight},
                 palette::kFrame);
    bool open = true;
    ImGui::Begin("What happened here", &open, kPanelFlags);
    backdrop.addCurrentWindow(palette::kPanel);
    jumped |= drawPlace(b, view.selectedPlace, fonts);
    ImGui::End();
    if (!open) view.selectedPlace.clear();
  }
  ImGui::SetNextWindowPos({pos.x, pos.y + size.y - agendaHeight});
  ImGui::SetNextWindowSize({size.x, agendaHeight});
  // The scroll bar is always there, so the text wraps the same from the first frame, when the
  // rows are measured to scroll to the current one.
  ImGui::Begin("Agenda", nullptr, kPanelFlags | ImGuiWindowFlags_AlwaysVerticalScrollbar);
  backdrop.addCurrentWindow(palette::kPanel);
  jumped |= drawAgenda(b, view, fonts);
  ImGui::End();
  return jumped;
}

}  // namespace itinera
