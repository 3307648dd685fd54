// A sequence card over the map: a centred window of the card's own lines.
#include "ui/sequence_card_view.h"

#include <imgui.h>

#include <algorithm>

namespace itinera {

bool drawsOverMap(const SequenceCard& card) { return card.kind != SequenceCard::Kind::Event; }

void drawSequenceCard(const SequenceCard& card, const UiFonts& fonts, float s, Viewport size) {
  float width = std::min(float(size.width) * 0.7f, 900 * s);
  ImGui::SetNextWindowPos({size.width / 2.0f, size.height * 0.45f}, ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, size.height * 0.85f});
  ImGui::Begin("Sequence card", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                             ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(width - ImGui::GetStyle().WindowPadding.x);
  for (size_t i = 0; i < card.lines.size(); ++i) {
    // The heading is the first line; the rest are set in the body font.
    ImGui::PushFont(i == 0 ? fonts.caption : fonts.body);
    ImGui::TextWrapped("%s", card.lines[i].c_str());
    ImGui::PopFont();
    if (i == 0) ImGui::Spacing();
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace itinera
