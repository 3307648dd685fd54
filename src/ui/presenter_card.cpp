// Laying out a sequence card for a room: the text is the story model's, only its look is chosen here.
#include "ui/presenter_card.h"

#include <algorithm>
#include <string>

#include "core/layout/screen_layout.h"
#include "ui/ui_palette.h"
#include "ui/window_rect.h"

namespace itinera {
namespace {

// Each line of the card with the colour it is drawn in: the heading in ink, an event's time
// and place in its kind's colour (a day overview's events too), sources and citations muted.
ImVec4 lineColour(const SequenceCard& card, size_t line) {
  const ImVec4 ink = palette::toVec4(palette::kTextRgb), muted = palette::kMutedText;
  if (line == 0) return ink;
  switch (card.kind) {
    case SequenceCard::Kind::Event:
      if ((line == 1 || line == 2) && card.event) return palette::toVec4(palette::kindOf(card.event->kind).text);
      return ink;
    case SequenceCard::Kind::DayOverview:  // each event's line in its kind's colour, as on the slider
      if (line - 1 < card.dayRows.size() && card.dayRows[line - 1].event)
        return palette::toVec4(palette::kindOf(card.dayRows[line - 1].event->kind).text);
      return ink;
    case SequenceCard::Kind::Quote: return line + 1 == card.lines.size() ? muted : ink;
    case SequenceCard::Kind::Closing: return card.lines[line] == "Sources" || card.lines[line] == "Not known" ? ink : muted;
    case SequenceCard::Kind::Title: return ink;
  }
  return ink;
}

bool isCentred(const SequenceCard& card) {
  return card.kind == SequenceCard::Kind::Title || card.kind == SequenceCard::Kind::Closing;
}

}  // namespace

float presenterFontSize(const UiFonts& fonts, Viewport screen) {
  return fonts.body->FontSize * std::max(1.f, presenterBodyHeight(screen) / fonts.body->FontSize);
}

ScreenRect drawPresenterCard(const SequenceCard& card, const UiFonts& fonts, float s, Viewport screen) {
  Rect area = presenterCardArea(screen, s);
  float bar = float(presenterBarHeight(screen));
  ImVec2 pos{float(area.x + area.width), float(area.y)}, pivot{1, 0};
  ImVec2 maxSize{float(area.width), float(area.height)};
  if (isCentred(card)) {
    pos = {screen.width / 2.f, (screen.height - bar) / 2.f};
    pivot = {0.5f, 0.5f};
    maxSize = {screen.width * (card.kind == SequenceCard::Kind::Closing ? 0.88f : 0.72f), (screen.height - bar) * 0.94f};
  }
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::SetNextWindowSizeConstraints({maxSize.x, 0}, maxSize);
  nextWindowOnBackdrop();
  ImGui::Begin("Card", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                    ImGuiWindowFlags_NoInputs);
  // The body font at no less than 1/45 of the screen; larger screens enlarge it.
  float fontScale = presenterFontSize(fonts, screen) / fonts.body->FontSize;
  ImGui::SetWindowFontScale(fontScale);
  ImGui::PushTextWrapPos(0);
  bool closing = card.kind == SequenceCard::Kind::Closing;
  if (closing) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {ImGui::GetStyle().ItemSpacing.x, 2 * s});
  // The closing card's sources and unknowns side by side: one below the other runs off a
  // 720-line screen.
  bool columns = false;
  for (size_t i = 0; i < card.lines.size(); ++i) {
    if (i == 1 && closing) columns = ImGui::BeginTable("closing", 2, ImGuiTableFlags_SizingStretchSame,
                                  {maxSize.x - 2 * ImGui::GetStyle().WindowPadding.x, 0});
    if (columns && (i == 1 || card.lines[i] == "Not known")) ImGui::TableNextColumn();
    if (card.lines[i].empty()) continue;
    bool heading = i == 0;
    ImGui::PushFont(heading ? fonts.caption : fonts.body);
    if (heading) ImGui::SetWindowFontScale(std::max(1.f, fontScale * fonts.body->FontSize * 1.4f / fonts.caption->FontSize));
    ImGui::PushStyleColor(ImGuiCol_Text, lineColour(card, i));
    ImGui::TextWrapped("%s", card.lines[i].c_str());
    ImGui::PopStyleColor();
    if (heading) ImGui::SetWindowFontScale(fontScale);
    ImGui::PopFont();
    if (heading) ImGui::Separator();
  }
  if (columns) ImGui::EndTable();
  if (closing) ImGui::PopStyleVar();
  ImGui::PopTextWrapPos();
  return endWindowWithRect();
}

void drawProgressBar(ImDrawList* list, Viewport screen, size_t index, size_t count) {
  float h = float(presenterBarHeight(screen)), w = float(screen.width), y = float(screen.height) - h;
  list->AddRectFilled({0, y}, {w, float(screen.height)}, palette::kInk);
  float done = count ? w * float(std::min(index + 1, count)) / float(count) : 0;
  list->AddRectFilled({0, y}, {done, float(screen.height)}, palette::kHighlight);
}

}  // namespace itinera
