// Caption text and its window.
#include "ui/caption.h"

#include "core/trip_text.h"
#include "ui/time_text.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

std::string participantsLine(const Trip& trip, const Event& e) {
  std::string out;
  for (const Participant& p : e.participants) out += (out.empty() ? "" : ", ") + trip.participantName(p);
  return out;
}

std::string travelLine(const Trip& trip, const Timeline::State& state) {
  for (const auto& t : state.travellers) {
    if (!t.leg) continue;
    const Place* from = trip.place(t.leg->from);
    const Place* to = trip.place(t.leg->to);
    return t.name + " travelling " + (from ? from->name : t.leg->from) + " -> " + (to ? to->name : t.leg->to) +
           " (" + toString(t.leg->mode) + ")";
  }
  return "Between events";
}

}  // namespace

ScreenRect drawCaption(const Briefing& b, const Timeline::State& state, const UiFonts& fonts, float s,
                       ImVec2 topRight, float maxWidth, bool large) {
  const Trip& trip = b.trip();
  const Event* e = b.timeline().eventAt(state.time);
  ImGui::SetNextWindowPos(topRight, ImGuiCond_Always, {1, 0});
  ImGui::SetNextWindowSizeConstraints({200 * s, 0}, {maxWidth, 1e6f});
  ImGui::Begin("Caption", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(maxWidth - 24 * s);
  ImGui::PushFont(large ? fonts.caption : fonts.bodyBold);
  ImGui::TextUnformatted(e ? e->title.c_str() : travelLine(trip, state).c_str());
  ImGui::PopFont();
  if (e) {
    const LocalClock& clock = b.clock();
    CivilTime day = clock.civil(e->time.start);
    std::string when = weekdayName(day) + " " + std::to_string(day.day) + " " + monthName(day.month) + ", " +
                       eventTimeLabel(*e, clock) + "  ·  " + eventPlaceLabel(trip, *e);
    ImGui::PushStyleColor(ImGuiCol_Text, ImColor(palette::eventKind(e->kind)).Value);
    ImGui::TextWrapped("%s", when.c_str());
    ImGui::PopStyleColor();
    std::string who = participantsLine(trip, *e);
    if (!who.empty()) ImGui::TextWrapped("With: %s", who.c_str());
    ImGui::TextColored(palette::basis(e->evidence.basis), "%s", basisLabel(e->evidence).c_str());
  } else {
    ImGui::TextUnformatted(localDateTime(b, state.time).c_str());
  }
  ImGui::PopTextWrapPos();
  ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  // In the frame it appears, the window is still measuring itself: its place is not known.
  bool known = !ImGui::IsWindowAppearing();
  ImGui::End();
  if (!known) return {};
  return {pos.x, pos.y, pos.x + size.x, pos.y + size.y};
}

}  // namespace itinera
