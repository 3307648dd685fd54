// The Export dialog, laid out as a desktop dialog: labels on the left, fields on the right, the
// buttons at the bottom right, Export the default.
#include "app/export_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "ui/ui_palette.h"

namespace itinera {
namespace {

const ImVec4 kErrorText{0.70f, 0.10f, 0.05f, 1};   // dark red on the light panel
// A click into a field selects what it holds, so typing replaces it.
constexpr ImGuiInputTextFlags kSelectAll = ImGuiInputTextFlags_AutoSelectAll;
const ImVec4 kDoneText{0.05f, 0.40f, 0.15f, 1};    // dark green

// A row's label, then the field placed at `labelWidth`.
void rowLabel(const char* text, float labelWidth) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(labelWidth);
}

// ImGui::InputText on a std::string, through a buffer long enough for a path.
bool inputPath(const char* id, std::string& text) {
  char buffer[4096];
  std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
  if (!ImGui::InputText(id, buffer, sizeof buffer, ImGuiInputTextFlags_AutoSelectAll)) return false;
  text = buffer;
  return true;
}

}  // namespace

ExportDialog::ExportDialog(std::string tripPath, std::string folder)
    : tripPath_(std::move(tripPath)), folder_(std::move(folder)) {
  request_ = defaultExportRequest(ExportKind::Mp4, tripPath_, folder_);
  path_ = request_.path;
}

void ExportDialog::chooseKind(ExportKind kind) {
  ExportRequest fresh = defaultExportRequest(kind, tripPath_, folder_);
  fresh.path = pathForKind(path_, kind);  // the folder and name the user chose, with the new ending
  request_ = fresh;
  path_ = request_.path;
}

void ExportDialog::noteControl(const char* label) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  controls_.push_back({label, (min.x + max.x) / 2, (min.y + max.y) / 2});
}

void ExportDialog::drawOptions(float labelWidth, float s) {
  const ExportKindInfo& info = exportKindInfo(request_.kind);
  float fieldWidth = 380 * s;
  rowLabel("Format", labelWidth);
  ImGui::SetNextItemWidth(fieldWidth);
  if (ImGui::BeginCombo("##format", info.title)) {
    for (const ExportKindInfo& k : exportKinds())
      if (ImGui::Selectable(k.title, k.kind == request_.kind)) chooseKind(k.kind);
    ImGui::EndCombo();
  }
  noteControl("format");
  ImGui::SetCursorPosX(labelWidth);
  ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
  ImGui::PushTextWrapPos(labelWidth + fieldWidth);
  ImGui::TextUnformatted(info.about);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  rowLabel("Save as", labelWidth);
  ImGui::SetNextItemWidth(fieldWidth);
  if (inputPath("##path", path_)) request_.path = path_;
  noteControl("path");
  if (!info.draws) return;
  rowLabel("Size", labelWidth);
  float numberWidth = 90 * s;
  ImGui::SetNextItemWidth(numberWidth);
  ImGui::InputInt("##width", &request_.size.width, 0, 0, kSelectAll);
  noteControl("width");
  ImGui::SameLine();
  ImGui::TextUnformatted("x");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(numberWidth);
  ImGui::InputInt("##height", &request_.size.height, 0, 0, kSelectAll);
  noteControl("height");
  ImGui::SameLine();
  ImGui::TextUnformatted("pixels");
  if (!info.timed) return;
  rowLabel("Frame rate", labelWidth);
  ImGui::SetNextItemWidth(numberWidth);
  ImGui::InputInt("##fps", &request_.fps, 0, 0, kSelectAll);
  noteControl("fps");
  ImGui::SameLine();
  ImGui::TextUnformatted("frames per second");
  rowLabel("Length", labelWidth);
  ImGui::SetNextItemWidth(numberWidth);
  ImGui::InputDouble("##seconds", &request_.seconds, 0, 0, "%.1f", kSelectAll);
  noteControl("seconds");
  ImGui::SameLine();
  ImGui::TextUnformatted("seconds for the whole trip");
}

void ExportDialog::drawStatus(const ExportSession& session) {
  const AppState::Export& st = session.status();
  float width = ImGui::GetContentRegionAvail().x;
  if (st.status == "running") {
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "%ld of %ld %s", st.done, st.total,
                  exportKindInfo(request_.kind).timed ? "frames" : "slides");
    if (!exportKindInfo(request_.kind).draws) std::snprintf(overlay, sizeof overlay, "Writing...");
    ImGui::ProgressBar(float(session.fraction()), {width, 0}, overlay);
    ImGui::TextDisabled("The map stays usable while this runs.");
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  if (st.status == "done") {
    ImGui::TextColored(kDoneText, "Saved to %s", st.path.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
    ImGui::TextUnformatted(st.message.c_str());
    ImGui::PopStyleColor();
  } else if (st.status == "failed") {
    ImGui::TextColored(kErrorText, "Not exported: %s", st.message.c_str());
  } else if (st.status == "cancelled") {
    ImGui::TextUnformatted("Cancelled: nothing was written.");
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kMutedText);
    ImGui::TextUnformatted("The file appears only once it is complete.");
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
}

ExportDialog::Action ExportDialog::drawButtons(const ExportSession& session, float s) {
  Action action;
  ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 button{100 * s, 0};
  float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  if (session.running()) {
    ImGui::SetCursorPosX(right - button.x);
    if (ImGui::Button("Cancel", button)) action.cancel = true;
    noteControl("cancel");
    return action;
  }
  ImGui::SetCursorPosX(right - 2 * button.x - style.ItemSpacing.x);
  if (ImGui::Button("Close", button)) open_ = false;
  noteControl("close");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button("Export", button)) action.start = true;
  ImGui::PopStyleColor(2);
  noteControl("export");
  return action;
}

ExportDialog::Action ExportDialog::draw(const ExportSession& session, float width, float height, float s) {
  controls_.clear();
  if (!open_) return {};
  ImGui::SetNextWindowPos({width / 2, height / 2}, ImGuiCond_Appearing, {0.5f, 0.5f});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {16 * s, 14 * s});
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {8 * s, 8 * s});
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::kPanel);  // opaque: no map showing through the fields
  bool open = true;
  ImGui::Begin("Export", &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings);
  float labelWidth = 110 * s;
  ImGui::BeginDisabled(session.running());
  drawOptions(labelWidth, s);
  ImGui::EndDisabled();
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  ImGui::Dummy({labelWidth + 380 * s, 0});  // the dialog keeps its width whatever the status says
  drawStatus(session);
  Action action = drawButtons(session, s);
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  if (!open && !session.running()) open_ = false;
  if (action.start) request_.path = path_;
  return action;
}

}  // namespace itinera
