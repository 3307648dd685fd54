// Laying out the presenter view: four panels sized from the screen's height, so a presenter
// reads the next card and the notes at arm's length on a laptop or a second monitor.
#include "ui/presenter_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "ui/ui_palette.h"

namespace itinera {
namespace {

// Type sizes as fractions of the screen's height: the notes largest after the heading, the
// next card smaller but still read at a glance.
constexpr float kBodyShare = 1 / 38.f, kNotesShare = 1 / 30.f, kNextShare = 1 / 42.f, kTopShare = 1 / 24.f;
constexpr float kLabelShare = 1 / 54.f;

const ImVec4 kBackdrop = ImColor(IM_COL32(48, 52, 58, 255)).Value;

void setTextHeight(const ImFont* font, float pixels) { ImGui::SetWindowFontScale(pixels / font->FontSize); }

// A panel: a fixed, undecorated window at `r`, with a small capital label on top.
bool beginPanel(const char* id, const char* label, const Rect& r, const UiFonts& fonts, float height) {
  ImGui::SetNextWindowPos({float(r.x), float(r.y)});
  ImGui::SetNextWindowSize({float(r.width), float(r.height)});
  bool open = ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                            ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoFocusOnAppearing);
  if (!label) return open;
  ImGui::PushFont(fonts.bodyBold);
  setTextHeight(fonts.bodyBold, height * kLabelShare);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return open;
}

// The card's lines as the room reads them, the heading larger; `maxLines` cuts a long card.
void drawCardLines(const SequenceCard& card, const UiFonts& fonts, float bodyPx, size_t maxLines) {
  ImGui::PushTextWrapPos(0);
  for (size_t i = 0; i < card.lines.size() && i < maxLines; ++i) {
    if (card.lines[i].empty()) continue;
    bool heading = i == 0;
    ImFont* font = heading ? fonts.caption : fonts.body;
    ImGui::PushFont(font);
    setTextHeight(font, heading ? bodyPx * 1.35f : bodyPx);
    bool muted = !heading && card.kind == SequenceCard::Kind::Event && (i == 1 || i == 2);
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
    ImGui::TextWrapped("%s", card.lines[i].c_str());
    if (muted) ImGui::PopStyleColor();
    ImGui::PopFont();
    if (heading) ImGui::Separator();
  }
  if (card.lines.size() > maxLines) ImGui::TextDisabled("...");
  ImGui::PopTextWrapPos();
}

void drawTopBar(const PresenterViewFrame& f, size_t index, size_t count, const Rect& r, const UiFonts& fonts,
                float height) {
  beginPanel("Presenter bar", nullptr, r, fonts, height);
  ImGui::PushFont(fonts.caption);
  setTextHeight(fonts.caption, height * kTopShare);
  char card[64];
  std::snprintf(card, sizeof card, "Card %zu / %zu", index + 1, count);
  ImGui::TextUnformatted(card);
  if (f.blank) {
    ImGui::SameLine(0, height / 20);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::toVec4(palette::kHighlightTextRgb));
    ImGui::TextUnformatted("Screen blank (B)");
    ImGui::PopStyleColor();
  }
  std::string times = f.wallClock + "    Elapsed " + f.elapsed;
  float width = ImGui::CalcTextSize(times.c_str()).x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), float(r.width) - width - ImGui::GetStyle().WindowPadding.x));
  ImGui::TextUnformatted(times.c_str());
  ImGui::PopFont();
  ImGui::End();
}

}  // namespace

float presenterViewScale(int height) { return std::max(1.f, float(height) / 720.f); }

std::string elapsedText(double seconds) {
  long s = std::max(0L, long(std::floor(seconds)));
  char text[32];
  std::snprintf(text, sizeof text, "%02ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return text;
}

std::string wallClockText() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M", &local);
  return text;
}

PresenterViewLayout presenterViewLayout(Viewport size) {
  double w = size.width, h = size.height, m = std::round(h / 60);
  double top = std::round(h * kTopShare * 1.6);
  double below = top + 2 * m, rest = h - below - m;
  double nowWidth = std::round((w - 3 * m) * 0.55), right = m + nowWidth + m, rightWidth = w - right - m;
  double nextHeight = std::round(rest * 0.36);
  PresenterViewLayout l;
  l.top = {m, m, w - 2 * m, top};
  l.now = {m, below, nowWidth, rest};
  l.next = {right, below, rightWidth, nextHeight};
  l.notes = {right, below + nextHeight + m, rightWidth, rest - nextHeight - m};
  return l;
}

void drawPresenterView(const PresenterViewFrame& f, const UiFonts& fonts, Viewport size) {
  float height = float(size.height);
  ImGui::GetBackgroundDrawList()->AddRectFilled({0, 0}, {float(size.width), height}, ImColor(kBackdrop));
  if (!f.sequence || f.sequence->empty()) return;
  const StorySequence& cards = *f.sequence;
  size_t index = std::min(f.card, cards.size() - 1);
  PresenterViewLayout l = presenterViewLayout(size);
  drawTopBar(f, index, cards.size(), l.top, fonts, height);

  beginPanel("Presenter now", "NOW ON SCREEN", l.now, fonts, height);
  drawCardLines(cards[index], fonts, height * kBodyShare, 64);
  ImGui::End();

  beginPanel("Presenter next", "NEXT", l.next, fonts, height);
  if (index + 1 < cards.size()) drawCardLines(cards[index + 1], fonts, height * kNextShare, 3);
  else ImGui::TextDisabled("This is the last card.");
  ImGui::End();

  beginPanel("Presenter notes", "NOTES", l.notes, fonts, height);
  ImGui::PushFont(fonts.body);
  setTextHeight(fonts.body, height * kNotesShare);
  ImGui::PushTextWrapPos(0);
  const std::string& notes = cards[index].notes;
  if (notes.empty()) ImGui::TextDisabled("No notes for this card.");
  else ImGui::TextWrapped("%s", notes.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::End();
}

}  // namespace itinera
