// Caption layout: the card at the moment shown (core/story/story_card.h), fitted to its window.
#include "ui/caption.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/layout/screen_layout.h"
#include "core/story/story_card.h"
#include "ui/ui_palette.h"
#include "ui/window_rect.h"

namespace itinera {

std::string listFitting(const std::string& prefix, const std::vector<std::string>& items, const std::string& noun,
                        float wrapWidth, float height) {
  for (size_t shown = items.size();; --shown) {
    std::string line = prefix;
    for (size_t i = 0; i < shown; ++i) line += (i ? ", " : "") + items[i];
    if (size_t more = items.size() - shown; more > 0)
      line += shown ? " and " + std::to_string(more) + " more" : std::to_string(more) + " " + noun;
    if (ImGui::CalcTextSize(line.c_str(), nullptr, false, wrapWidth).y <= height) return line;
    if (shown == 0) return "";
  }
}

std::string participantsFitting(const Trip& trip, const Event& e, float wrapWidth, float height) {
  std::vector<std::string> names;
  for (const Participant& p : e.participants) names.push_back(trip.participantName(p));
  if (names.empty()) return "";
  return listFitting("With: ", names, "participants", wrapWidth, height);
}

ScreenRect drawCaption(const StoryCard& card, const UiFonts& fonts, float s,
                       ImVec2 topRight, ImVec2 maxSize, bool large) {
  const float maxWidth = maxSize.x;
  ImGui::SetNextWindowPos(topRight, ImGuiCond_Always, {1, 0});
  ImGui::SetNextWindowSizeConstraints({std::min(float(minCaptionWidth(s)), maxSize.x), 0}, maxSize);
  nextWindowOnBackdrop();
  ImGui::Begin("Caption", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                       ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(maxWidth - 24 * s);
  const ImGuiStyle& style = ImGui::GetStyle();
  // What the lines before the participants leave for them, and the basis line after them.
  const float wrapWidth = maxWidth - 24 * s - style.WindowPadding.x;
  float room = maxSize.y - 2 * style.WindowPadding.y - ImGui::GetTextLineHeightWithSpacing();
  auto line = [&](const std::string& text) {
    if (text.empty()) return;
    ImGui::TextWrapped("%s", text.c_str());
    room -= ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth).y + style.ItemSpacing.y;
  };
  ImGui::PushFont(large ? fonts.caption : fonts.bodyBold);
  line(card.title);
  ImGui::PopFont();
  // When and where share a line if it holds both; else each has its own, so neither breaks
  // in the middle of the other.
  std::string when = card.where.empty() ? card.when : card.when + "  ·  " + card.where;
  bool split = !card.where.empty() && ImGui::CalcTextSize(when.c_str()).x > wrapWidth;
  ImGui::PushStyleColor(ImGuiCol_Text, card.event ? ImColor(palette::eventKindText(card.event->kind)).Value
                                                  : ImGui::GetStyle().Colors[ImGuiCol_Text]);
  line(split ? card.when : when);
  if (split) line(card.where);
  ImGui::PopStyleColor();
  line(card.mode);
  std::vector<std::string> names;
  for (const StoryPerson& p : card.participants) names.push_back(p.name);
  if (!names.empty()) line(listFitting("With: ", names, "participants", wrapWidth, room - style.ItemSpacing.y));
  if (!card.basis.empty()) {
    ImGui::TextColored(palette::basis(card.event ? card.event->evidence.basis : card.leg->evidence.basis), "%s",
                       card.basis.c_str());
    room -= ImGui::GetTextLineHeightWithSpacing();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
  if (!card.alsoNow.empty()) line(listFitting(card.alsoNowHeading + ": ", card.alsoNow, "events", wrapWidth, room));
  // A few by name, the rest left to the agenda: a day of them would bury the caption.
  if (std::string also = alsoTodayLine(card); ImGui::CalcTextSize(also.c_str(), nullptr, false, wrapWidth).y <= room)
    line(also);
  else if (!card.alsoToday.empty())
    line(listFitting(card.alsoTodayHeading + ": ", card.alsoToday, "events", wrapWidth, room));
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  return endWindowWithRect();
}

}  // namespace itinera
