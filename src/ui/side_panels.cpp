// The side column: the place details window, the column folded to a tab, and the agenda's
// window around its list (side_panels_agenda.cpp).
#include "ui/side_panels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/layout/picking.h"
#include "core/story/story_agenda.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBackground;

// At the agenda's top right, in its title bar.
bool foldButton(float s) {
  ImVec2 keep = ImGui::GetCursorPos();
  const char* label = "Hide";
  float width = ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::PushClipRect(ImGui::GetWindowPos(), {ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                                              ImGui::GetWindowPos().y + ImGui::GetFrameHeight()}, false);
  ImGui::SetCursorScreenPos({ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - width - 8 * s,
                             ImGui::GetWindowPos().y + 1 * s});
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {ImGui::GetStyle().FramePadding.x, 0});
  bool pressed = ImGui::SmallButton(label);
  ImGui::PopStyleVar();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Fold the agenda to its tab (Esc)");
  ImGui::PopClipRect();
  ImGui::SetCursorPos(keep);
  return pressed;
}

}  // namespace

void SidePanels::followVersion(const Briefing& b) {
  agendaZone_ = b.referenceZone();
  agenda_ = buildAgenda(b.trip(), b.clock(), agendaZone_);
  indexAgenda(b);
  lastFollowed_ = nullptr;
}

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
    ImVec2 top = ImGui::GetCursorScreenPos();
    detailsDrawn_.push_back({e->id, top.y});
    if (details_.draw(*e, fonts, e == current) && e->time.precision != TimePrecision::Trip) jumped = b.jumpTo(*e);
    if (focus_ == Focus::Details && e->id == focusedId_) {
      outlineFocus(top, {top.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y}, scale_);
      if (std::exchange(scrollToFocus_, false)) ImGui::SetScrollFromPosY(top.y - ImGui::GetWindowPos().y, 0.2f);
    }
  }
  if (scrollFrames_ > 0) --scrollFrames_;
  return jumped;
}

void SidePanels::drawFolded(const Briefing& b, const UiFonts& fonts, float s, ImVec2 pos, ImVec2 size,
                            Backdrop& backdrop) {
  scale_ = s;
  if (agendaZone_ != b.referenceZone()) followVersion(b);
  if (focus_ != Focus::Tab) focus_ = Focus::None;  // the panels it had are folded away
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Agenda (folded)", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  backdrop.addCurrentWindow(palette::kPanel);
  // The day the clock is in, so the tab says what opening it shows.
  std::string day = followedDay(b);
  std::string label = "Show the agenda: " + day;
  ImGui::PushFont(fonts.bodyBold);
  if (day.empty() || ImGui::CalcTextSize(label.c_str()).x > ImGui::GetContentRegionAvail().x - 12 * s)
    label = "Show the agenda";
  if (ImGui::Button(label.c_str(), {-1, 0})) opened_ = true;
  if (focus_ == Focus::Tab) outlineFocus(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), s * 0.6f);
  ImGui::PopFont();
  ImGui::End();
}

bool SidePanels::draw(Briefing& b, ViewState& view, const UiFonts& fonts, float s, ImVec2 pos, ImVec2 size,
                      Backdrop& backdrop, bool foldable) {
  scale_ = s;
  if (agendaZone_ != b.referenceZone()) followVersion(b);
  if (focus_ == Focus::Tab) focus_ = Focus::Agenda;
  if (focus_ == Focus::Details && !b.trip().place(view.selectedPlace)) focus_ = Focus::Agenda;
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
  // Opened from a narrow window's tab: a button folds it back, and gives the map its room again.
  if (foldable && foldButton(s)) fold(view);
  jumped |= drawAgenda(b, view, fonts);
  ImGui::End();
  return jumped;
}

}  // namespace itinera
