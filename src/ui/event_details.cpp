// Event details as ImGui widgets: the event as core/story/story_event.h tells it, laid out.
#include "ui/event_details.h"

#include <imgui.h>

#include "ui/ui_palette.h"

namespace itinera {

void EventDetails::drawParticipants(const EventStory& story) {
  for (const StoryPerson& p : story.participants) {
    std::string line = p.note.empty() ? p.line : p.line + " [" + p.note + "]";
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
    if (!p.attendance.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.attendance.c_str());
  }
}

std::string sourceLine(const Trip& trip, const std::string& sourceId) {
  const Source* s = trip.source(sourceId);
  if (!s) return sourceId;
  std::string line = s->title;
  if (!s->publisher.empty()) line += ", " + s->publisher;
  if (!s->date.empty()) line += ", " + s->date;
  // Two sources of one title and publisher (a report and its update) differ by their file.
  for (const Source& other : trip.sources)
    if (&other != s && other.title == s->title && other.publisher == s->publisher && other.date == s->date &&
        !s->file.empty())
      line += " (" + s->file + ")";
  return line;
}

namespace {

void wrappedIn(ImVec4 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

void EventDetails::drawEvidence(const Evidence& evidence, const std::vector<Citation>& citations) {
  const Trip& trip = briefing_.trip();
  // Every line wraps: the panel is narrow in a small window.
  std::string basis = basisLabel(evidence);
  if (evidence.basis == Basis::Corroborated && trip.source(evidence.source))
    basis += " by " + sourceLine(trip, evidence.source);
  wrappedIn(palette::basis(evidence.basis), basis);
  if (evidence.basis == Basis::Inferred && !evidence.reason.empty()) ImGui::TextWrapped("Why: %s", evidence.reason.c_str());
  for (const Citation& c : citations) {
    std::string where = "Source: " + sourceLine(trip, c.source) +
                        (c.paragraph > 0 ? ", paragraph " + std::to_string(c.paragraph) : "");
    wrappedIn(palette::toVec4(palette::kMutedTextRgb), where);
    if (const Source* s = trip.source(c.source); s && !s->url.empty()) wrappedIn(palette::toVec4(palette::kMutedTextRgb), s->url);
    if (std::optional<std::string> text = briefing_.passage(c)) {
      ImGui::Indent();
      wrappedIn(palette::toVec4(palette::kPassageTextRgb), "\"" + *text + "\"");
      ImGui::Unindent();
    } else if (c.hasSpan()) {
      wrappedIn(palette::toVec4(palette::kMutedTextRgb), "(the passage shows when the source file is at hand)");
    }
  }
}

bool EventDetails::draw(const Event& e, const UiFonts& fonts, bool current) {
  ImGui::PushID(e.id.c_str());
  EventStory story = describeEvent(briefing_.trip(), briefing_.zones(), e);
  std::string when = (story.day.empty() ? "" : story.day + ", ") + story.when + ", " + story.where;
  ImGui::PushStyleColor(ImGuiCol_Text, ImColor(palette::eventKindText(e.kind)).Value);
  ImGui::TextWrapped("%s", when.c_str());
  ImGui::PopStyleColor();
  ImGui::PushFont(fonts.bodyBold);
  if (current) ImGui::PushStyleColor(ImGuiCol_Text, palette::toVec4(palette::kHighlightTextRgb));
  ImGui::TextWrapped("%s", story.title.c_str());
  bool clicked = ImGui::IsItemClicked();
  if (current) ImGui::PopStyleColor();
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Jump to this event");
  drawParticipants(story);
  if (!story.summary.empty()) ImGui::TextWrapped("%s", story.summary.c_str());
  if (!story.outcome.empty()) ImGui::TextWrapped("Outcome: %s", story.outcome.c_str());
  drawEvidence(e.evidence, e.citations);
  ImGui::Separator();
  ImGui::PopID();
  return clicked;
}

}  // namespace itinera
