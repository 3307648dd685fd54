// Caption text and its window.
#include "ui/caption.h"

#include <string>
#include <vector>

#include "core/story/trip_text.h"
#include "ui/time_text.h"
#include "ui/ui_palette.h"

namespace itinera {
namespace {

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

std::string participantsFitting(const Trip& trip, const Event& e, float wrapWidth, float height) {
  std::vector<std::string> names;
  for (const Participant& p : e.participants) names.push_back(trip.participantName(p));
  for (size_t shown = names.size();; --shown) {
    std::string line = "With: ";
    for (size_t i = 0; i < shown; ++i) line += (i ? ", " : "") + names[i];
    if (size_t more = names.size() - shown; more > 0)
      line += shown ? " and " + std::to_string(more) + " more" : std::to_string(more) + " participants";
    if (ImGui::CalcTextSize(line.c_str(), nullptr, false, wrapWidth).y <= height) return line;
    if (shown == 0) return "";
  }
}

ScreenRect drawCaption(const Briefing& b, const Timeline::State& state, const UiFonts& fonts, float s,
                       ImVec2 topRight, ImVec2 maxSize, bool large) {
  const Trip& trip = b.trip();
  const Event* e = b.timeline().eventAt(state.time);
  const float maxWidth = maxSize.x;
  ImGui::SetNextWindowPos(topRight, ImGuiCond_Always, {1, 0});
  ImGui::SetNextWindowSizeConstraints({200 * s, 0}, maxSize);
  ImGui::Begin("Caption", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(maxWidth - 24 * s);
  const ImGuiStyle& style = ImGui::GetStyle();
  // What the lines before the participants leave for them, and the basis line after them.
  const float wrapWidth = maxWidth - 24 * s - style.WindowPadding.x;
  float room = maxSize.y - 2 * style.WindowPadding.y - ImGui::GetTextLineHeightWithSpacing();
  auto take = [&](const std::string& text) {
    room -= ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth).y + style.ItemSpacing.y;
  };
  ImGui::PushFont(large ? fonts.caption : fonts.bodyBold);
  std::string title = e ? e->title : travelLine(trip, state);
  take(title);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  if (e) {
    const LocalClock& clock = b.clock();
    CivilTime day = clock.civil(e->time.start);
    std::string when = weekdayName(day) + " " + std::to_string(day.day) + " " + monthName(day.month) + ", " +
                       eventTimeLabel(*e, clock) + "  ·  " + eventPlaceLabel(trip, *e);
    ImGui::PushStyleColor(ImGuiCol_Text, ImColor(palette::eventKind(e->kind)).Value);
    ImGui::TextWrapped("%s", when.c_str());
    ImGui::PopStyleColor();
    take(when);
    std::string who = participantsFitting(trip, *e, wrapWidth, room - style.ItemSpacing.y);
    if (!who.empty()) ImGui::TextWrapped("%s", who.c_str());
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
