// Reducing a trip being started to what the map can show of it.
#include "core/edit/draft_preview.h"

namespace itinera {
namespace {

const char* const kPrecisions[] = {"exact", "approximate", "city", "region"};
const OrderedJson kDraftBasis = {{"kind", "inferred"}, {"reason", "a place of a trip being started"}};

bool isPoint(const OrderedJson& f) {
  if (!f.is_object() || !f.contains("geometry") || !f["geometry"].is_object()) return false;
  const OrderedJson& g = f["geometry"];
  return g.value("type", "") == "Point" && g.contains("coordinates") && g["coordinates"].is_array() &&
         g["coordinates"].size() == 2 && g["coordinates"][0].is_number() && g["coordinates"][1].is_number();
}

std::string stringOr(const OrderedJson& object, const char* key, const std::string& fallback) {
  return object.is_object() && object.contains(key) && object[key].is_string() && !object[key].get<std::string>().empty()
             ? object[key].get<std::string>()
             : fallback;
}

}  // namespace

std::string draftPreviewText(const OrderedJson& doc) {
  const OrderedJson header = doc.contains("trip") ? doc["trip"] : OrderedJson::object();
  OrderedJson source = {{"id", "draft"}, {"title", "Draft"}, {"publisher", "Draft"}};
  OrderedJson trip = {{"format", "itinera-trip/1"},
                      {"id", stringOr(header, "id", "draft")},
                      {"title", stringOr(header, "title", "Draft")},
                      {"time_zone", stringOr(header, "time_zone", "UTC")},
                      {"period", header.is_object() && header.contains("period") ? header["period"] : OrderedJson()},
                      {"sources", OrderedJson::array({source})},
                      {"organisations", OrderedJson::array()},
                      {"people", OrderedJson::array()},
                      {"travellers", OrderedJson::array()}};
  OrderedJson features = OrderedJson::array();
  if (doc.contains("features") && doc["features"].is_array())
    for (const OrderedJson& f : doc["features"]) {
      OrderedJson properties = f.is_object() && f.contains("properties") ? f["properties"] : OrderedJson::object();
      if (!isPoint(f) || stringOr(properties, "type", "") != "place" || stringOr(f, "id", "").empty()) continue;
      std::string precision = "exact";
      for (const char* p : kPrecisions)
        if (stringOr(properties, "location_precision", "") == p) precision = p;
      features.push_back({{"type", "Feature"},
                          {"id", f["id"]},
                          {"geometry", f["geometry"]},
                          {"properties",
                           {{"type", "place"}, {"name", stringOr(properties, "name", f["id"].get<std::string>())},
                            {"kind", "place"}, {"location_precision", precision}, {"basis", kDraftBasis},
                            {"citations", OrderedJson::array({{{"source", "draft"}}})}}}});
    }
  return formatJson({{"type", "FeatureCollection"}, {"trip", trip}, {"features", features}}) + "\n";
}

}  // namespace itinera
