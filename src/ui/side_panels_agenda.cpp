// The agenda window, virtualised: its lines' heights are measured once per text width, and each
// frame lays out only the lines in sight, so a trip of thousands of events draws as fast as a few.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "core/layout/list_scroll.h"
#include "ui/side_panels.h"
#include "ui/ui_palette.h"

namespace itinera {

void SidePanels::indexAgenda(const Briefing& b) {
  lines_.clear();
  lineOf_.clear();
  stops_.clear();
  firstStopped_ = nullptr;
  for (const AgendaDay& day : agenda_) {
    size_t heading = lines_.size();
    lines_.push_back({&day, nullptr, heading});
    for (const AgendaRow& row : day.rows) {
      lineOf_[row.event] = lines_.size();
      lines_.push_back({&day, &row, heading});
      auto stop = b.timeline().stopFor(*row.event);
      if (!stop) continue;
      if (!firstStopped_) firstStopped_ = row.event;
      stops_.push_back({*stop, row.event});
    }
  }
  // By stop, in the agenda's order among equal stops: the last at or before a time is the
  // latest begun, as followedEvent() wants.
  std::stable_sort(stops_.begin(), stops_.end(), [](const auto& a, const auto& c) { return a.first < c.first; });
  layoutWidth_ = -1;
}

const Event* SidePanels::followedEvent(const Briefing& b) const {
  int64_t t = int64_t(b.playback().time());
  if (const Event* current = b.timeline().eventAt(t)) return current;
  auto after = std::upper_bound(stops_.begin(), stops_.end(), t, [](int64_t t, const auto& s) { return t < s.first; });
  return after == stops_.begin() ? firstStopped_ : std::prev(after)->second;
}

std::string SidePanels::followedDay(const Briefing& b) const {
  auto line = lineOf_.find(followedEvent(b));
  if (line == lineOf_.end()) return "";
  const AgendaDay& day = *lines_[line->second].day;
  return day.dated ? day.heading : "";
}

// A line's height with the spacing after it, as ImGui lays it out: a heading is one bold line;
// a row is its time and wrapped place, then its wrapped, indented title (drawAgendaRow).
float SidePanels::lineHeight(const AgendaLine& line, const UiFonts& fonts, float left, float right) const {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!line.row) {
    ImGui::PushFont(fonts.bodyBold);
    float h = ImGui::CalcTextSize(line.day->heading.c_str()).y;
    ImGui::PopFont();
    return std::floor(h + style.ItemSpacing.y);
  }
  const AgendaRow& row = *line.row;
  ImVec2 time = ImGui::CalcTextSize(row.time.c_str());
  float placeLeft = left + time.x + style.ItemSpacing.x;
  float place = ImGui::CalcTextSize(row.place.c_str(), nullptr, false, std::max(right - placeLeft, 1.f)).y;
  std::string title = row.title + row.mark;
  float titleH = ImGui::CalcTextSize(title.c_str(), nullptr, false, std::max(right - left - style.IndentSpacing, 1.f)).y;
  return std::floor(std::max(time.y, place) + style.ItemSpacing.y) + std::floor(titleH + style.ItemSpacing.y);
}

// Measures every line again when the text width or the font changed; sums the tops when a
// measure was corrected by a drawn line.
void SidePanels::layOutAgenda(const UiFonts& fonts, float left, float right) {
  float width = right - left, font = ImGui::GetFontSize();
  if (width != layoutWidth_ || font != layoutFont_) {
    heights_.resize(lines_.size());
    for (size_t i = 0; i < lines_.size(); ++i) heights_[i] = lineHeight(lines_[i], fonts, left, right);
    layoutWidth_ = width, layoutFont_ = font;
    topsStale_ = true;
  }
  if (!topsStale_) return;
  tops_.resize(lines_.size());
  double y = 0;
  for (size_t i = 0; i < lines_.size(); ++i) tops_[i] = y, y += heights_[i];
  listHeight_ = y;
  topsStale_ = false;
}

// The line at `y` from the list's top (clamped to the list).
size_t SidePanels::lineAt(double y) const {
  if (tops_.empty()) return 0;
  auto it = std::upper_bound(tops_.begin(), tops_.end(), y);
  return it == tops_.begin() ? 0 : size_t(it - tops_.begin()) - 1;
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
  if (focus_ == Focus::Agenda && e.id == focusedId_) outlineFocus(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), scale_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Jump to this event");
  if (ImGui::IsItemClicked() && e.time.precision != TimePrecision::Trip) {
    jumped = b.jumpTo(e);
    view.selectedPlace = e.place;
    scrollToEvent_ = e.id, scrollFrames_ = 3;
  }
  ImGui::PopID();
  agendaDrawn_.push_back({row.eventId, row.time, row.title + row.mark, row.place});
  return jumped;
}

// Draws the lines in sight, from `first`; a line drawn taller or shorter than measured
// corrects the measure for the next frame.
bool SidePanels::drawAgendaLines(Briefing& b, ViewState& view, const UiFonts& fonts, size_t first, size_t end) {
  const Event* current = b.timeline().eventAt(int64_t(b.playback().time()));
  bool jumped = false;
  float startY = ImGui::GetCursorPosY();
  ImGui::SetCursorPosY(startY + float(tops_[first]));
  for (size_t i = first; i < end; ++i) {
    float before = ImGui::GetCursorPosY();
    const AgendaLine& line = lines_[i];
    if (!line.row) {
      ImGui::PushFont(fonts.bodyBold);
      ImGui::TextUnformatted(line.day->heading.c_str());
      ImGui::PopFont();
      agendaDrawn_.push_back({"", "", line.day->heading, ""});
    } else {
      jumped |= drawAgendaRow(b, view, *line.row, line.row->event == current);
      agendaDrawn_.back().top = ImGui::GetItemRectMin().y, agendaDrawn_.back().bottom = ImGui::GetItemRectMax().y;
    }
    float drawn = ImGui::GetCursorPosY() - before;
    if (std::abs(drawn - heights_[i]) > 0.5f) heights_[i] = drawn, topsStale_ = true;
  }
  // The list's full height, so the scroll bar and ImGui's clamping know the lines not drawn.
  ImGui::SetCursorPosY(startY + float(listHeight_) - ImGui::GetStyle().ItemSpacing.y);
  return jumped;
}

bool SidePanels::drawAgenda(Briefing& b, ViewState& view, const UiFonts& fonts) {
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
  float left = ImGui::GetCursorScreenPos().x, startY = ImGui::GetCursorPosY();
  layOutAgenda(fonts, left, left + wrapWidth);
  agendaDrawn_.clear();
  if (lines_.empty()) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  double viewHeight = ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - 2 * style.WindowPadding.y;
  // The focused row, wherever it is (Up and Down move it off screen), is centred.
  if (focus_ == Focus::Agenda && scrollToFocus_) {
    if (auto line = lineOf_.find(b.trip().event(focusedId_)); line != lineOf_.end()) {
      size_t i = line->second;
      ImGui::SetScrollFromPosY(startY + float(tops_[i] + heights_[i] / 2) - ImGui::GetScrollY(), 0.5f);
    }
    scrollToFocus_ = false;
  }
  double scroll = ImGui::GetScrollY() - startY;
  size_t first = lineAt(scroll), end = std::min(lines_.size(), lineAt(scroll + ImGui::GetWindowHeight()) + 2);
  jumped |= drawAgendaLines(b, view, fonts, first, end);
  auto at = lineOf_.find(followed);
  if (follow && at != lineOf_.end()) {
    // The row goes just under the title bar, and the one before it out of sight above.
    double under = style.WindowPadding.y - style.ItemSpacing.y / 2;
    double maxScroll = std::max(0.0, listHeight_ - style.ItemSpacing.y - viewHeight);
    double top = scrollToShow(tops_, at->second, lines_[at->second].heading, viewHeight, maxScroll - under);
    ImGui::SetScrollY(top == 0 ? 0.f : float(top + under));
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

}  // namespace itinera
