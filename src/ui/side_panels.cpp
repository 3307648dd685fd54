// Place details and agenda windows; the agenda lays out the rows of core/story/story_agenda.h.
#include "ui/side_panels.h"

#include <algorithm>
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
  ImGui::Text("%zu event%s here", events.size(), events.size() == 1 ? "" : "s");
  ImGui::Separator();
  for (const Event* e : events)
    if (details_.draw(*e, fonts, e == current) && e->time.precision != TimePrecision::Trip) jumped = jumpTo(b, *e);
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
  }
  ImGui::PopID();
  agendaDrawn_.push_back({row.eventId, row.time, row.title + row.mark, row.place});
  return jumped;
}

bool SidePanels::drawAgenda(Briefing& b, ViewState& view, const UiFonts& fonts) {
  const Event* current = b.timeline().eventAt(b.playback().time());
  // Scroll again when the text rewraps (the window was resized): rows no longer start where
  // they did.
  float wrapWidth = ImGui::GetContentRegionAvail().x;
  bool jumped = false, follow = current != lastCurrent_ || wrapWidth != lastWrapWidth_;
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
      if (row.event == current) currentRow = rowTops.size();
      rowTops.push_back(ImGui::GetCursorPosY());
      jumped |= drawAgendaRow(b, view, row, row.event == current);
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
    ImGui::SetScrollY(top == rowTops.front() ? 0.f : float(top - rowTops.front() + under));
  }
  lastCurrent_ = current;
  lastWrapWidth_ = wrapWidth;
  return jumped;
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
