// The Edit panel: [SECTION] file and history, adding items, the selected item's form, problems.
#include "ui/edit_panel.h"

#include <imgui.h>

#include <algorithm>
#include <imgui_stdlib.h>

#include "core/edit/trip_edits.h"

namespace itinera {
namespace {

using Pointer = OrderedJson::json_pointer;

const std::vector<std::string> kPrecisions{"exact", "approximate", "city", "region"};
const std::vector<std::string> kTimePrecisions{"minute", "hour", "part_of_day", "day", "trip"};
const std::vector<std::string> kEventKinds{"arrival", "departure", "meeting", "tour", "visit", "conference",
                                           "address", "signing", "press-conference", "statement"};
const std::vector<std::string> kModes{"air", "helicopter", "road", "unknown"};

std::vector<std::string> recordIds(const OrderedJson& doc, const char* list, const char* key = "id") {
  std::vector<std::string> ids;
  if (!doc.contains("trip") || !doc["trip"].contains(list)) return ids;
  for (const OrderedJson& r : doc["trip"][list])
    if (r.is_object() && r.contains(key) && r[key].is_string()) ids.push_back(r[key].get<std::string>());
  return ids;
}

FieldChoices choicesOf(const OrderedJson& doc) {
  return {featureIds(doc, "place"), recordIds(doc, "people"), recordIds(doc, "organisations"),
          recordIds(doc, "sources"), recordIds(doc, "travellers", "person")};
}

std::string periodStart(const OrderedJson& doc) {
  if (!doc.contains("trip") || !doc["trip"].contains("period")) return "";
  return doc["trip"]["period"].value("start", "");
}

// What a new item cites: the selected item's citations, else the first in the file.
OrderedJson citationsFor(const OrderedJson& doc, const std::string& selected) {
  if (auto p = itemPointer(doc, selected)) {
    const OrderedJson& item = doc[Pointer(*p)];
    if (item.contains("properties") && item["properties"].contains("citations")) return item["properties"]["citations"];
    if (item.contains("citations")) return item["citations"];
  }
  return firstCitations(doc);
}

OrderedJson coordinatesOf(const OrderedJson& doc, const std::string& place) {
  auto p = itemPointer(doc, place);
  if (!p || !doc[Pointer(*p)].contains("geometry")) return nullptr;
  const OrderedJson& g = doc[Pointer(*p)]["geometry"];
  return g.is_object() && g.value("type", "") == "Point" ? g["coordinates"] : nullptr;
}

}  // namespace

void EditPanel::noteControl(const char* label) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  controls_.push_back({label, (min.x + max.x) / 2, (min.y + max.y) / 2});
}

EditPanel::Action EditPanel::draw(TripDocument& doc, const std::vector<TripProblem>& problems, std::string& selected,
                                  const std::vector<std::string>& sourceDirs, float width, float height, float s) {
  controls_.clear();
  // On the map's left, below the toolbar and above the slider: the agenda and details keep the
  // right-hand column.
  const float panelWidth = std::min(420 * s, width / 3), top = 92 * s, bottom = 96 * s;
  ImGui::SetNextWindowPos({0, top}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({panelWidth, std::max(height - top - bottom, 200 * s)}, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(1);  // the map under it would make the fields hard to read
  ImGui::Begin("Edit", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings);
  Action action = drawFileRow(doc, s);
  ImGui::Separator();
  drawAddRow(doc, selected, s);
  ImGui::Separator();
  if (ImGui::BeginChild("form", {0, ImGui::GetContentRegionAvail().y * 0.7f})) drawForm(doc, selected, sourceDirs, s);
  ImGui::EndChild();
  ImGui::Separator();
  drawProblems(problems, selected);
  ImGui::End();
  return action;
}

// [SECTION] file and history

EditPanel::Action EditPanel::drawFileRow(TripDocument& doc, float s) {
  Action action;
  ImGui::TextWrapped("%s%s", doc.path().empty() ? "(new trip, not saved)" : doc.path().c_str(),
                     doc.modified() ? " - modified" : "");
  if (ImGui::Button("New")) action.newTrip = true;
  noteControl("new");
  ImGui::SameLine();
  if (ImGui::Button("Save (Ctrl+S)")) action.save = true;
  noteControl("save");
  ImGui::SameLine();
  ImGui::BeginDisabled(!doc.nextUndo());
  if (ImGui::Button("Undo")) action.undo = true;
  noteControl("undo");
  if (doc.nextUndo() && ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Z: %s", doc.nextUndo()->label.c_str());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!doc.nextRedo());
  if (ImGui::Button("Redo")) action.redo = true;
  noteControl("redo");
  if (doc.nextRedo() && ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Y: %s", doc.nextRedo()->label.c_str());
  ImGui::EndDisabled();
  ImGui::SetNextItemWidth(300 * s);
  ImGui::InputTextWithHint("##saveas", "other-file.geojson", &saveAsPath_);
  noteControl("save-as-path");
  ImGui::SameLine();
  ImGui::BeginDisabled(saveAsPath_.empty());
  if (ImGui::Button("Save as")) action.saveAs = saveAsPath_;
  noteControl("save-as");
  ImGui::EndDisabled();
  if (!status.empty()) ImGui::TextWrapped("%s", status.c_str());
  return action;
}

// [SECTION] adding items

void EditPanel::drawAddRow(TripDocument& doc, std::string& selected, float s) {
  const OrderedJson& json = doc.json();
  ImGui::Checkbox("Add places: click the map", &addingPlaces_);
  noteControl("add-place");
  drawPlaceSearch(doc, selected, false, s);
  FieldChoices c = choicesOf(json);
  OrderedJson cites = citationsFor(json, selected);
  std::string start = periodStart(json);
  std::string place = !selected.empty() && itemPointer(json, selected) &&
                              std::find(c.places.begin(), c.places.end(), selected) != c.places.end()
                          ? selected
                          : (c.places.empty() ? "" : c.places.front());
  auto add = [&](EditCommand command, const std::string& id) {
    if (doc.edit(std::move(command))) selected = id;
  };
  if (ImGui::Button("Add event")) {
    EventFields e;
    e.id = uniqueId(json, "new-event");
    e.title = "New event";
    e.place = place;
    e.start = e.end = start;
    e.precision = "day";
    for (const std::string& p : c.people)  // a traveller's whereabouts would need more than one event
      if (std::find(c.travellers.begin(), c.travellers.end(), p) == c.travellers.end()) e.person = p;
    if (e.person.empty() && !c.people.empty()) e.person = c.people.front();
    add(addFeature(json, eventFeature(e, "stated", cites)), e.id);
  }
  noteControl("add-event");
  ImGui::SameLine();
  if (ImGui::Button("Add leg") && c.places.size() >= 2 && !c.travellers.empty()) {
    std::string id = uniqueId(json, "new-leg");
    OrderedJson from = coordinatesOf(json, c.places[0]), to = coordinatesOf(json, c.places[1]);
    OrderedJson geometry = from.is_null() || to.is_null()
                               ? OrderedJson(nullptr)
                               : OrderedJson{{"type", "LineString"}, {"coordinates", {from, to}}};
    OrderedJson properties = {{"type", "leg"}, {"traveller", c.travellers[0]}, {"from", c.places[0]},
                              {"to", c.places[1]}, {"depart", start}, {"arrive", start}, {"time_precision", "day"},
                              {"mode", "unknown"}, {"basis", "stated"}, {"citations", cites}};
    add(addFeature(json, {{"type", "Feature"}, {"id", id}, {"geometry", geometry}, {"properties", properties}}), id);
  }
  noteControl("add-leg");
  ImGui::SameLine();
  if (ImGui::Button("Person")) {
    std::string id = uniqueId(json, "new-person");
    add(addRecord(json, "people", {{"id", id}, {"name", "New person"}, {"role", "Role"}, {"basis", "stated"},
                                   {"citations", cites}}), id);
  }
  noteControl("add-person");
  ImGui::SameLine();
  if (ImGui::Button("Organisation")) {
    std::string id = uniqueId(json, "new-organisation");
    add(addRecord(json, "organisations", {{"id", id}, {"name", "New organisation"}, {"kind", "agency"},
                                          {"basis", "stated"}, {"citations", cites}}), id);
  }
  noteControl("add-organisation");
  if (ImGui::Button("Source")) {
    std::string id = uniqueId(json, "new-source");
    add(addRecord(json, "sources", {{"id", id}, {"title", "New source"}, {"publisher", "Publisher"}}), id);
  }
  noteControl("add-source");
  ImGui::SameLine();
  if (ImGui::Button("Traveller") && !c.people.empty()) {
    std::string period = json["trip"].contains("period") ? json["trip"]["period"].value("end", "") : "";
    add(addRecord(json, "travellers", {{"person", c.people.front()}, {"from", start}, {"until", period},
                                       {"basis", "stated"}, {"citations", cites}}), c.people.front());
  }
  noteControl("add-traveller");
  ImGui::SameLine();
  if (!selected.empty() && ImGui::Button("Remove selected")) {
    if (auto p = itemPointer(json, selected))
      if (auto command = removeValue(json, *p, "Remove " + selected)) add(*command, "");
  }
}

// [SECTION] the gazetteer search

void EditPanel::drawPlaceSearch(TripDocument& doc, std::string& selected, bool moves, float s) {
  if (!searchPlaces) return;
  Search& search = search_[moves];
  const char* name = moves ? "search-move" : "search-add";
  ImGui::PushID(name);
  ImGui::SetNextItemWidth(-70 * s);
  bool entered = ImGui::InputTextWithHint("##query", moves ? "Move it to: a city, airport code, region" :
                                                             "Find a place to add: city, airport code, region",
                                          &search.query, ImGuiInputTextFlags_EnterReturnsTrue);
  noteControl(name);
  ImGui::SameLine();
  if (ImGui::Button("Search") || entered) {
    auto found = searchPlaces(search.query);
    search.results = found ? found.value() : std::vector<PlaceChoice>{};
    search.message = !found ? found.error() : search.results.empty() ? "no place of that name in the gazetteer" : "";
  }
  if (!search.message.empty()) ImGui::TextWrapped("%s", search.message.c_str());
  // Six rows at most, scrolled; a row's full text on hover.
  float rows = float(std::min<size_t>(search.results.size(), 6));
  if (rows > 0) ImGui::BeginChild("results", {0, rows * ImGui::GetTextLineHeightWithSpacing() + 4 * s}, true);
  for (size_t i = 0; i < search.results.size(); ++i) {
    ImGui::PushID(int(i));
    bool chosen = ImGui::Selectable(search.results[i].label.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", search.results[i].label.c_str());
    if (chosen) {
      PlaceEdit edit = placeFound(doc.json(), moves ? selected : "", search.results[i].place, citationsFor(doc.json(), selected));
      if (doc.edit(std::move(edit.command))) selected = edit.id;
      search.results.clear(), search.query.clear();
    }
    if (i < search.results.size()) {
      ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      controls_.push_back({std::string(name) + "-" + std::to_string(i), (min.x + max.x) / 2, (min.y + max.y) / 2});
    }
    ImGui::PopID();
  }
  if (rows > 0) ImGui::EndChild();
  ImGui::PopID();
}

// [SECTION] the selected item's form

void EditPanel::drawForm(TripDocument& doc, const std::string& selected, const std::vector<std::string>& sourceDirs,
                         float s) {
  std::optional<std::string> p = itemPointer(doc.json(), selected);
  if (!p) {
    ImGui::TextWrapped("Select a place on the map, a problem below, or add an item.");
    return;
  }
  const OrderedJson& item = doc.json()[Pointer(*p)];
  bool feature = p->rfind("/features/", 0) == 0;
  std::string type = feature ? item["properties"].value("type", "") : p->substr(6, p->rfind('/') - 6);
  ImGui::Text("%s %s", type.c_str(), selected.c_str());
  FieldChoices c = choicesOf(doc.json());
  FieldForm f(doc, *p, feature, c, scratch_, controls_, 130 * s);
  if (type == "place") {
    f.text("name", "Name");
    f.text("kind", "Kind");
    f.coordinates();
    f.choice("location_precision", "Precision", kPrecisions);
    f.number("uncertainty_m", "Uncertainty m", false);
    f.choice("parent", "Inside", c.places, false);
    f.text("name_es", "Spanish name", false);
    f.text("time_zone", "Time zone", false);
    f.basis("location_basis", "Location basis", false);
    std::string moved = selected;
    if (!coordinatesOf(doc.json(), selected).is_null()) drawPlaceSearch(doc, moved, true, s);  // a point
  } else if (type == "event") {
    f.text("title", "Title");
    f.choice("kind", "Kind", kEventKinds);
    f.text("summary", "Summary", true, true);
    f.text("outcome", "Outcome", false, true);
    f.choice("place", "Place", c.places, false);
    f.basis("place_basis", "Place basis", false);
    f.text("start", "Start");
    f.text("end", "End");
    f.text("earliest", "Earliest", false);
    f.text("latest", "Latest", false);
    f.choice("time_precision", "Time precision", kTimePrecisions);
    f.basis("time_basis", "Time basis", false);
    f.text("notes", "Speaker notes", false, true);
  } else if (type == "leg") {
    f.choice("traveller", "Traveller", c.travellers);
    f.choice("from", "From", c.places);
    f.choice("to", "To", c.places);
    f.text("depart", "Depart");
    f.text("arrive", "Arrive");
    f.choice("time_precision", "Time precision", kTimePrecisions);
    f.choice("mode", "Mode", kModes);
    f.basis("mode_basis", "Mode basis", false);
  } else if (type == "people") {
    f.text("name", "Name");
    f.text("role", "Role");
    f.choice("organisation", "Organisation", c.organisations, false);
    f.text("source_spelling", "Source spelling", false);
  } else if (type == "organisations") {
    f.text("name", "Name");
    f.text("kind", "Kind");
    f.text("name_es", "Spanish name", false);
  } else if (type == "travellers") {
    f.choice("person", "Person", c.people);
    f.text("from", "From");
    f.text("until", "Until");
  } else if (type == "sources") {
    f.text("title", "Title");
    f.text("publisher", "Publisher");
    f.text("date", "Date", false);
    f.text("url", "URL", false);
    f.text("file", "File", false);
    f.text("sha256", "sha256", false);
    f.text("note", "Note", false, true);
    return;
  }
  f.basis("basis", "Basis");
  f.text("note", "Note", false, true);
  f.citations(sourceDirs);
}

// [SECTION] problems

void EditPanel::drawProblems(const std::vector<TripProblem>& problems, std::string& selected) {
  size_t errors = 0;
  for (const TripProblem& p : problems) errors += !p.note;
  if (errors == 0) ImGui::TextUnformatted("No problems: the trip validates.");
  else ImGui::Text("%zu problem%s:", errors, errors == 1 ? "" : "s");
  if (!ImGui::BeginChild("problems")) return ImGui::EndChild();
  for (size_t i = 0; i < problems.size(); ++i) {
    ImGui::PushID(int(i));
    ImGui::PushTextWrapPos(0);
    if (ImGui::Selectable(problems[i].format().c_str(), !problems[i].item.empty() && problems[i].item == selected)) {
      std::string item = problems[i].item;
      if (item.rfind("source ", 0) == 0) item = item.substr(7);  // "source ID" and the like name their record
      selected = item.substr(item.rfind(' ') == std::string::npos ? 0 : item.rfind(' ') + 1);
    }
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace itinera
