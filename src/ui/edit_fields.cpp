// The Edit panel's fields: text, choices, numbers, evidence, citations and coordinates.
#include "ui/edit_fields.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/edit/passage_citation.h"
#include "core/edit/trip_edits.h"

namespace itinera {
namespace {

using Pointer = OrderedJson::json_pointer;

const OrderedJson* at(const OrderedJson& doc, const std::string& pointer) {
  Pointer p(pointer);
  return doc.contains(p) ? &doc[p] : nullptr;
}

std::string textOf(const OrderedJson* v) {
  if (!v) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_null()) return "";
  return v->dump();
}

// The file of source `id`, read from the directories it is looked for in; "" when not found.
std::string sourceText(const OrderedJson& doc, const std::string& id, const std::vector<std::string>& dirs) {
  auto p = itemPointer(doc, id);
  if (!p) return "";
  const OrderedJson& source = doc[Pointer(*p)];
  if (!source.contains("file") || !source["file"].is_string()) return "";
  for (const std::string& dir : dirs) {
    std::ifstream in(std::filesystem::path(dir) / source["file"].get<std::string>(), std::ios::binary);
    if (!in) continue;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  return "";
}

// A combo of `options` showing `current` ("" shows `none`, offered first when given); the option
// picked when it differs from `current` ("" for `none`), else nullopt.
std::optional<std::string> pickFrom(const char* id, const std::string& current, const std::vector<std::string>& options,
                                    const char* none = nullptr) {
  std::optional<std::string> picked;
  if (!ImGui::BeginCombo(id, current.empty() ? (none ? none : "(none)") : current.c_str())) return picked;
  if (none && ImGui::Selectable(none, current.empty()) && !current.empty()) picked = "";
  for (const std::string& o : options)
    if (ImGui::Selectable(o.c_str(), o == current) && o != current) picked = o;
  ImGui::EndCombo();
  return picked;
}

}  // namespace

FieldForm::FieldForm(TripDocument& doc, std::string item, bool inProperties, const FieldChoices& choices,
                     FieldScratch& scratch, std::vector<AppState::Button>& controls, float labelWidth)
    : doc_(doc), item_(std::move(item)), inProperties_(inProperties), choices_(choices), scratch_(scratch),
      controls_(controls), labelWidth_(labelWidth) {}

std::string FieldForm::pointer(const char* key) const { return item_ + (inProperties_ ? "/properties/" : "/") + key; }

void FieldForm::label(const char* text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(labelWidth_);
  ImGui::SetNextItemWidth(-1);
}

void FieldForm::note(const char* id) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  controls_.push_back({id, (min.x + max.x) / 2, (min.y + max.y) / 2});
}

void FieldForm::set(const std::string& p, OrderedJson value, bool typed) {
  doc_.edit(setValue(doc_.json(), p, std::move(value), "Edit " + p.substr(p.rfind('/') + 1), typed));
}

void FieldForm::remove(const std::string& p) {
  if (auto c = removeValue(doc_.json(), p, "Clear " + p.substr(p.rfind('/') + 1))) doc_.edit(*c);
}

void FieldForm::text(const char* key, const char* name, bool required, bool multiline) {
  std::string p = pointer(key), value = textOf(at(doc_.json(), p));
  label(name);
  ImGui::PushID(key);
  bool changed = multiline ? ImGui::InputTextMultiline("##v", &value, {-1, ImGui::GetTextLineHeight() * 3})
                           : ImGui::InputText("##v", &value);
  note(key);
  if (changed) {
    if (value.empty() && !required) remove(p);
    else set(p, value, true);
  }
  if (ImGui::IsItemDeactivated()) doc_.closeMerge();
  ImGui::PopID();
}

void FieldForm::choice(const char* key, const char* name, const std::vector<std::string>& options, bool required) {
  std::string p = pointer(key), value = textOf(at(doc_.json(), p));
  label(name);
  ImGui::PushID(key);
  if (auto picked = pickFrom("##v", value, options, required ? nullptr : "(none)")) {
    if (picked->empty()) remove(p);
    else set(p, *picked, false);
  }
  note(key);
  ImGui::PopID();
}

void FieldForm::number(const char* key, const char* name, bool required) {
  std::string p = pointer(key);
  const OrderedJson* v = at(doc_.json(), p);
  double value = v && v->is_number() ? v->get<double>() : 0;
  label(name);
  ImGui::PushID(key);
  if (ImGui::InputDouble("##v", &value, 0, 0, "%.6g")) {
    if (value == 0 && !required) remove(p);
    else if (value == std::floor(value) && std::abs(value) < 1e15) set(p, int64_t(value), true);
    else set(p, value, true);
  }
  note(key);
  if (ImGui::IsItemDeactivated()) doc_.closeMerge();
  ImGui::PopID();
}

void FieldForm::basis(const char* key, const char* name, bool required) {
  std::string p = pointer(key);
  const OrderedJson* v = at(doc_.json(), p);
  std::string kind = !v ? "" : v->is_string() ? v->get<std::string>() : v->value("kind", "");
  label(name);
  ImGui::PushID(key);
  if (auto picked = pickFrom("##kind", kind, {"stated", "corroborated", "inferred"},
                             required ? nullptr : "(as the item's basis)")) {
    if (picked->empty()) remove(p);
    else if (*picked == "stated") set(p, "stated", false);
    else if (*picked == "corroborated")
      set(p, {{"kind", "corroborated"}, {"source", choices_.sources.empty() ? "" : choices_.sources[0]}, {"grade", "P"}},
          false);
    else set(p, {{"kind", "inferred"}, {"reason", ""}}, false);
  }
  note(key);
  ImGui::PopID();
  std::string saved = item_;
  bool savedProperties = inProperties_;
  item_ = p, inProperties_ = false;  // the basis's own members
  if (kind == "inferred") text("reason", "  reason");
  if (kind == "corroborated") {
    choice("source", "  source", choices_.sources);
    choice("grade", "  grade", {"C", "P", "EST"});
  }
  item_ = saved, inProperties_ = savedProperties;
}

void FieldForm::citations(const std::vector<std::string>& sourceDirs) {
  std::string p = pointer("citations");
  const OrderedJson* list = at(doc_.json(), p);
  size_t n = list && list->is_array() ? list->size() : 0;
  ImGui::TextUnformatted("Citations");
  for (size_t i = 0; i < n; ++i) {
    ImGui::PushID(int(i));
    std::string saved = item_;
    bool savedProperties = inProperties_;
    item_ = p + "/" + std::to_string(i), inProperties_ = false;
    choice("source", "  source", choices_.sources);
    number("paragraph", "  paragraph", false);
    number("start", "  start", false);
    number("end", "  end", false);
    item_ = saved, inProperties_ = savedProperties;
    if (ImGui::SmallButton("Remove this citation")) remove(p + "/" + std::to_string(i));
    ImGui::PopID();
  }
  citePassage(sourceDirs);
}

// The source's text, pasted or read from its file; the passage selected in it is cited: its
// paragraph and span are computed, and the text's sha256 recorded in the source when it has none.
void FieldForm::citePassage(const std::vector<std::string>& sourceDirs) {
  if (scratch_.citeSource.empty() && !choices_.sources.empty()) scratch_.citeSource = choices_.sources[0];
  label("Cite from");
  if (auto picked = pickFrom("##citesource", scratch_.citeSource, choices_.sources)) scratch_.citeSource = *picked;
  if (scratch_.textFor != scratch_.citeSource) {  // another source: its file's text, if at hand
    scratch_.sourceText = sourceText(doc_.json(), scratch_.citeSource, sourceDirs);
    scratch_.textFor = scratch_.citeSource;
    scratch_.selectionStart = scratch_.selectionEnd = 0;
  }
  ImGui::TextUnformatted("Source text: paste it, then select the passage");
  auto keepSelection = [](ImGuiInputTextCallbackData* data) {
    auto* scratch = static_cast<FieldScratch*>(data->UserData);
    scratch->selectionStart = data->SelectionStart, scratch->selectionEnd = data->SelectionEnd;
    return 0;
  };
  ImGui::InputTextMultiline("##sourcetext", &scratch_.sourceText, {-1, ImGui::GetTextLineHeight() * 8},
                            ImGuiInputTextFlags_CallbackAlways, keepSelection, &scratch_);
  note("source-text");
  if (ImGui::Button("Cite selection")) {
    std::string p = pointer("citations");
    const OrderedJson* list = at(doc_.json(), p);
    std::string end = p + "/" + std::to_string(list && list->is_array() ? list->size() : 0);
    if (scratch_.sourceText.empty()) {
      scratch_.message = "no text for the source: cited as a whole";
      if (list) doc_.edit({"Cite " + scratch_.citeSource, end, std::nullopt, citation(scratch_.citeSource), false});
    } else if (auto c = citeSelection(scratch_.sourceText, size_t(scratch_.selectionStart), size_t(scratch_.selectionEnd));
               !c) {
      scratch_.message = c.error();
    } else {
      if (list) doc_.edit({"Cite " + scratch_.citeSource, end, std::nullopt,
                           citation(scratch_.citeSource, c->paragraph, c->start, c->end), false});
      std::string source = *itemPointer(doc_.json(), scratch_.citeSource) + "/sha256";
      if (!at(doc_.json(), source)) set(source, c->sha256, false);
      scratch_.message = "cited paragraph " + std::to_string(c->paragraph) + ", " + std::to_string(c->start) + "-" +
                         std::to_string(c->end);
    }
  }
  note("cite");
  if (!scratch_.message.empty()) ImGui::TextWrapped("%s", scratch_.message.c_str());
}

void FieldForm::coordinates() {
  std::string p = item_ + "/geometry/coordinates";
  const OrderedJson* v = at(doc_.json(), p);
  if (!v || !v->is_array() || v->size() != 2 || !(*v)[0].is_number()) return;
  double lonLat[2] = {(*v)[0].get<double>(), (*v)[1].get<double>()};
  label("Lon, lat");
  if (ImGui::InputScalarN("##coordinates", ImGuiDataType_Double, lonLat, 2, nullptr, nullptr, "%.6f"))
    if (auto c = movePlace(doc_.json(), doc_.json()[Pointer(item_)].value("id", ""), lonLat[0], lonLat[1])) {
      c->mergeable = true;
      doc_.edit(*c);
    }
  note("coordinates");
  if (ImGui::IsItemDeactivated()) doc_.closeMerge();
}

}  // namespace itinera
