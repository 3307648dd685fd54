// Building edit commands over a trip document's JSON.
#include "core/edit/trip_edits.h"

#include <cmath>
#include <set>

namespace itinera {
namespace {

using Pointer = OrderedJson::json_pointer;

std::string kebab(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out += char(c);
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  if (out.size() > 56) out.resize(56);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "item" : out;
}

std::set<std::string> allIds(const OrderedJson& doc) {
  std::set<std::string> ids;
  auto take = [&](const OrderedJson& list) {
    if (!list.is_array()) return;
    for (const OrderedJson& v : list)
      if (v.is_object() && v.contains("id") && v["id"].is_string()) ids.insert(v["id"].get<std::string>());
  };
  if (doc.contains("features")) take(doc["features"]);
  if (doc.contains("trip") && doc["trip"].is_object())
    for (const char* list : kRecordLists)
      if (doc["trip"].contains(list)) take(doc["trip"][list]);
  return ids;
}

double round6(double v) { return std::round(v * 1e6) / 1e6; }

}  // namespace

std::optional<std::string> itemPointer(const OrderedJson& doc, const std::string& id) {
  auto find = [&](const OrderedJson& list, const char* key) -> std::optional<size_t> {
    if (!list.is_array()) return std::nullopt;
    for (size_t i = 0; i < list.size(); ++i)
      if (list[i].is_object() && list[i].contains(key) && list[i][key] == id) return i;
    return std::nullopt;
  };
  if (doc.contains("features"))
    if (auto i = find(doc["features"], "id")) return "/features/" + std::to_string(*i);
  if (!doc.contains("trip") || !doc["trip"].is_object()) return std::nullopt;
  for (const char* list : kRecordLists) {
    if (!doc["trip"].contains(list)) continue;
    if (auto i = find(doc["trip"][list], std::string(list) == "travellers" ? "person" : "id"))
      return "/trip/" + std::string(list) + "/" + std::to_string(*i);
  }
  return std::nullopt;
}

std::vector<std::string> featureIds(const OrderedJson& doc, const std::string& type) {
  std::vector<std::string> ids;
  if (!doc.contains("features") || !doc["features"].is_array()) return ids;
  for (const OrderedJson& f : doc["features"]) {
    if (!f.is_object() || !f.contains("id") || !f["id"].is_string()) continue;
    const OrderedJson* props = f.contains("properties") ? &f["properties"] : nullptr;
    if (props && props->is_object() && props->value("type", "") == type) ids.push_back(f["id"].get<std::string>());
  }
  return ids;
}

std::string uniqueId(const OrderedJson& doc, const std::string& base) {
  std::set<std::string> used = allIds(doc);
  std::string root = kebab(base), id = root;
  for (int n = 2; used.count(id); ++n) id = root + "-" + std::to_string(n);
  return id;
}

EditCommand setValue(const OrderedJson& doc, const std::string& pointer, OrderedJson value, std::string label,
                     bool typed) {
  EditCommand c{std::move(label), pointer, std::nullopt, std::move(value), typed};
  Pointer p(pointer);
  if (doc.contains(p)) c.before = doc[p];
  return c;
}

std::optional<EditCommand> removeValue(const OrderedJson& doc, const std::string& pointer, std::string label) {
  Pointer p(pointer);
  if (p.empty() || !doc.contains(p)) return std::nullopt;
  return EditCommand{std::move(label), pointer, doc[p], std::nullopt, false};
}

EditCommand addFeature(const OrderedJson& doc, OrderedJson feature) {
  size_t n = doc.contains("features") && doc["features"].is_array() ? doc["features"].size() : 0;
  std::string label = "Add " + feature["properties"].value("type", std::string("item")) + " " +
                      feature.value("id", std::string());
  return {label, "/features/" + std::to_string(n), std::nullopt, std::move(feature), false};
}

EditCommand addRecord(const OrderedJson& doc, const std::string& list, OrderedJson record) {
  size_t n = doc["trip"].contains(list) && doc["trip"][list].is_array() ? doc["trip"][list].size() : 0;
  std::string who = record.value("id", record.value("person", std::string()));
  return {"Add to " + list + " " + who, "/trip/" + list + "/" + std::to_string(n), std::nullopt, std::move(record),
          false};
}

std::optional<EditCommand> movePlace(const OrderedJson& doc, const std::string& id, double lon, double lat) {
  std::optional<std::string> at = itemPointer(doc, id);
  if (!at) return std::nullopt;
  std::string pointer = *at + "/geometry/coordinates";
  Pointer p(pointer);
  if (!doc.contains(p) || doc[Pointer(*at + "/geometry/type")] != "Point") return std::nullopt;
  return EditCommand{"Move place " + id, pointer, doc[p], OrderedJson::array({round6(lon), round6(lat)}), false};
}

OrderedJson citation(const std::string& source, int paragraph, int start, int end) {
  OrderedJson c = {{"source", source}};
  if (paragraph > 0) c["paragraph"] = paragraph;
  if (end > start) c["start"] = start, c["end"] = end;
  return c;
}

OrderedJson firstCitations(const OrderedJson& doc) {
  if (doc.contains("features") && doc["features"].is_array())
    for (const OrderedJson& f : doc["features"])
      if (f.contains("properties") && f["properties"].contains("citations")) return f["properties"]["citations"];
  return OrderedJson::array();
}

OrderedJson placeFeature(const std::string& id, const std::string& name, double lon, double lat,
                         const OrderedJson& basis, const OrderedJson& citations) {
  OrderedJson properties = {{"type", "place"}, {"name", name}, {"kind", "building"},
                            {"location_precision", "exact"}, {"basis", basis}, {"citations", citations}};
  return {{"type", "Feature"},
          {"id", id},
          {"geometry", {{"type", "Point"}, {"coordinates", {round6(lon), round6(lat)}}}},
          {"properties", properties}};
}

OrderedJson eventFeature(const EventFields& f, const OrderedJson& basis, const OrderedJson& citations) {
  OrderedJson participant = {{"person", f.person}, {"basis", basis}, {"citations", citations}};
  OrderedJson properties = {{"type", "event"},
                            {"kind", f.kind},
                            {"title", f.title},
                            {"summary", f.summary.empty() ? f.title : f.summary},
                            {"place", f.place},
                            {"start", f.start},
                            {"end", f.end.empty() ? f.start : f.end},
                            {"time_precision", f.precision},
                            {"participants", OrderedJson::array({participant})},
                            {"basis", basis},
                            {"citations", citations}};
  return {{"type", "Feature"}, {"id", f.id}, {"geometry", nullptr}, {"properties", properties}};
}

PlaceEdit placeFound(const OrderedJson& doc, const std::string& id, const FoundPlace& found, const OrderedJson& citations) {
  OrderedJson basis = {{"kind", "inferred"},
                       {"reason", found.reason.empty() ? "Coordinates typed into the editor's place search." : found.reason}};
  std::optional<std::string> at = itemPointer(doc, id);
  if (at && doc[Pointer(*at)].contains("geometry") && doc[Pointer(*at)]["geometry"].is_object() &&
      doc[Pointer(*at)]["geometry"].value("type", "") == "Point") {
    OrderedJson place = doc[Pointer(*at)];
    place["geometry"]["coordinates"] = {round6(found.lon), round6(found.lat)};
    OrderedJson& properties = place["properties"];
    if (properties.value("name", "") == "New place") properties["name"] = found.name;
    properties["location_precision"] = found.precision;
    properties["location_basis"] = basis;
    return {EditCommand{"Place " + id + " at " + found.name, *at, doc[Pointer(*at)], std::move(place), false}, id};
  }
  std::string newId = uniqueId(doc, found.name);
  OrderedJson place = placeFeature(newId, found.name, found.lon, found.lat, "stated", citations);
  place["properties"]["kind"] = found.kind.empty() ? "place" : found.kind;
  place["properties"]["location_precision"] = found.precision;
  place["properties"]["location_basis"] = basis;
  return {addFeature(doc, std::move(place)), newId};
}

}  // namespace itinera
