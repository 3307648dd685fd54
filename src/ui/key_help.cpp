// The keys, as the input handlers in src/app/map_input.cpp answer them.
#include "ui/key_help.h"

#include <imgui.h>

namespace itinera {

const std::vector<KeyHelp>& briefingKeys() {
  static const std::vector<KeyHelp> keys{
      {"Space", "play or pause"},
      {"Right, Page Down", "next event"},
      {"Left, Page Up", "previous event"},
      {"Home, End", "start, end of the trip"},
      {"+, -, mouse wheel", "zoom in, out"},
      {"W A S D, Up, Down, drag", "move the map"},
      {"1 2 3 4", "the toolbar's views, in order"},
      {"R, 0", "the starting view"},
      {"F", "follow the story, or not"},
      {"L", "show or hide the legend"},
      {"T", "days, clock and agenda in the trip's home zone or the local zone (Local days)"},
      {"F5", "presenter mode"},
      {"E", "export: video, slides, calendar, spreadsheet, GIS"},
      {"P", "presenter view: current and next card, notes, clocks (a second window)"},
      {"Tab, Shift+Tab", "focus the next, previous panel (agenda, place), then the map"},
      {"Up, Down (a panel focused)", "the panel's previous, next row; other keys stay with the map"},
      {"Enter", "open the focused row, as a click does; on the folded tab, the agenda"},
      {"click on a numbered badge", "the places crowded there, to choose one"},
      {"Esc", "close a popup, the place, the agenda opened from its tab; leave presenter mode; close this list or Export"},
      {"Ctrl+E", "edit the trip: add places (click), drag them, forms, problems"},
      {"Ctrl+Z, Ctrl+Y, Ctrl+S", "in edit mode: undo, redo, save"},
      {"?", "this list"},
      {"Ctrl+Q", "quit"},
  };
  return keys;
}

const std::vector<KeyHelp>& presenterKeys() {
  static const std::vector<KeyHelp> keys{
      {"Right, Page Down", "next card"},
      {"Left, Page Up", "previous card"},
      {"Home, End", "title card, closing card"},
      {"B, .", "blank the screen, and back"},
      {"P", "presenter view, open or close"},
      {"click on a place", "its card"},
      {"Esc", "leave presenter mode"},
  };
  return keys;
}

namespace {

void table(const char* id, const std::vector<KeyHelp>& keys) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit)) return;
  for (const KeyHelp& k : keys) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.keys.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.action.c_str());
  }
  ImGui::EndTable();
}

}  // namespace

bool drawKeyHelp(float width, float height, float s) {
  bool open = true;
  ImGui::SetNextWindowPos({width / 2, height / 2}, ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::Begin("Keys", &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                  ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse);
  table("briefing", briefingKeys());
  ImGui::Spacing();
  ImGui::TextDisabled("In presenter mode");
  table("presenter", presenterKeys());
  ImGui::Dummy({0, 4 * s});
  ImGui::TextDisabled("? or Esc closes this list");
  ImGui::End();
  return open;
}

}  // namespace itinera
