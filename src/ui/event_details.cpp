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

void EventDetails::drawEvidence(const Evidence& evidence, const std::vector<Citation>& citations) {
  const Trip& trip = briefing_.trip();
  ImGui::TextColored(palette::basis(evidence.basis), "%s", basisLabel(evidence).c_str());
  if (evidence.basis == Basis::Corroborated)
    if (const Source* s = trip.source(evidence.source)) ImGui::SameLine(), ImGui::TextDisabled("by %s", s->title.c_str());
  if (evidence.basis == Basis::Inferred && !evidence.reason.empty()) ImGui::TextWrapped("Why: %s", evidence.reason.c_str());
  for (const Citation& c : citations) {
    const Source* s = trip.source(c.source);
    std::string name = s ? s->title : c.source;
    std::string where = "Source: " + name + (c.paragraph > 0 ? ", paragraph " + std::to_string(c.paragraph) : "");
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
    ImGui::TextWrapped("%s", where.c_str());
    ImGui::PopStyleColor();
    if (std::optional<std::string> text = briefing_.passage(c)) {
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, palette::toVec4(palette::kPassageTextRgb));
      ImGui::TextWrapped("\"%s\"", text->c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    } else if (c.hasSpan()) {
      ImGui::TextDisabled("  (the passage shows when the source file is at hand)");
    }
  }
}

bool EventDetails::draw(const Event& e, const UiFonts& fonts, bool current) {
  ImGui::PushID(e.id.c_str());
  EventStory story = describeEvent(briefing_.trip(), briefing_.clock(), e);
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
