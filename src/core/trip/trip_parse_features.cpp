// Reading the features of a trip: places, events and legs.
#include "core/trip/trip_parse.h"

namespace itinera::detail {
namespace {

using nlohmann::json;

void readPlace(const json& feature, const FieldReader& r, Trip& trip) {
  r.rejectUnknown({"type", "name", "name_es", "kind", "parent", "location_precision", "uncertainty_m", "basis",
                   "location_basis", "citations", "note", "time_zone"});
  Place place;
  place.timeZone = r.optionalString("time_zone");
  place.id = r.item();
  place.name = r.requiredString("name");
  place.nameEs = r.optionalString("name_es");
  place.kind = r.requiredString("kind");
  place.parent = r.optionalString("parent");
  place.note = r.optionalString("note");
  std::string precision = r.requiredString("location_precision");
  if (auto p = locationPrecisionFromString(precision))
    place.precision = *p;
  else if (!precision.empty())
    r.problem("location_precision", "must be exact, approximate, city or region, not \"" + precision + "\"");
  place.uncertaintyM = r.number("uncertainty_m", 0, 1e6, place.precision == LocationPrecision::Approximate)
                           .value_or(0);
  place.evidence = readEvidence(r, "basis", true).value_or(Evidence{});
  place.locationEvidence = readEvidence(r, "location_basis", false);
  place.citations = readCitations(r, "citations");
  const json* g = feature.contains("geometry") ? &feature["geometry"] : nullptr;
  if (!g)
    r.sink().add(place.id, "geometry", "missing");
  else
    place.located = readPlaceGeometry(*g, place, r.sink());
  trip.places.push_back(std::move(place));
}

std::vector<Participant> readParticipants(const FieldReader& r) {
  std::vector<Participant> out;
  const json* list = r.array("participants", true);
  if (!list) return out;
  if (list->empty()) r.problem("participants", "an event needs at least one participant");
  for (size_t i = 0; i < list->size(); ++i) {
    FieldReader p((*list)[i], r.item(), r.fieldName("participants[" + std::to_string(i) + "]."), r.sink());
    if (!p.isObject()) {
      r.problem("participants[" + std::to_string(i) + "]", "each participant is an object");
      continue;
    }
    p.rejectUnknown({"person", "organisation", "role", "basis", "citations", "note"});
    Participant part;
    part.person = p.optionalString("person");
    part.organisation = p.optionalString("organisation");
    if (p.has("person") == p.has("organisation"))
      p.problem("person", "give either a person or an organisation (with its role)");
    part.role = p.optionalString("role");
    part.note = p.optionalString("note");
    part.evidence = readEvidence(p, "basis", true).value_or(Evidence{});
    part.citations = readCitations(p, "citations");
    out.push_back(std::move(part));
  }
  return out;
}

void readEvent(const json& feature, const FieldReader& r, Trip& trip) {
  r.rejectUnknown({"type", "kind", "title", "summary", "outcome", "place", "place_basis", "start", "end",
                   "earliest", "latest", "time_precision", "time_basis", "participants", "basis", "citations",
                   "note", "notes"});
  Event e;
  e.id = r.item();
  e.kind = r.requiredString("kind");
  e.title = r.requiredString("title");
  e.summary = r.requiredString("summary");
  e.outcome = r.optionalString("outcome");
  e.place = r.optionalString("place");
  e.note = r.optionalString("note");
  e.notes = r.optionalString("notes");
  e.placeEvidence = readEvidence(r, "place_basis", false);
  e.time = readTimeSpan(r, "start", "end");
  e.participants = readParticipants(r);
  e.evidence = readEvidence(r, "basis", true).value_or(Evidence{});
  e.citations = readCitations(r, "citations");
  const json* g = feature.contains("geometry") ? &feature["geometry"] : nullptr;
  if (g && !g->is_null()) {
    if (g->is_object() && g->value("type", json()) == "Point" && g->contains("coordinates"))
      e.point = readPosition((*g)["coordinates"], e.id, "geometry.coordinates", r.sink());
    else
      r.sink().add(e.id, "geometry", "an event's geometry is null (it refers to a place) or a Point");
  }
  if (!r.has("place") && !e.point && e.time.precision != TimePrecision::Trip)
    r.problem("place", "an event needs a place (or a Point geometry), unless it spans the whole trip");
  trip.events.push_back(std::move(e));
}

void readLeg(const json& feature, const FieldReader& r, Trip& trip) {
  r.rejectUnknown({"type", "traveller", "from", "to", "depart", "arrive", "earliest", "latest",
                   "time_precision", "time_basis", "mode", "mode_basis", "basis", "citations", "note"});
  Leg leg;
  leg.id = r.item();
  leg.traveller = r.requiredString("traveller");
  leg.from = r.requiredString("from");
  leg.to = r.requiredString("to");
  leg.note = r.optionalString("note");
  leg.time = readTimeSpan(r, "depart", "arrive");
  std::string mode = r.requiredString("mode");
  if (auto m = legModeFromString(mode))
    leg.mode = *m;
  else if (!mode.empty())
    r.problem("mode", "must be air, helicopter, road or unknown, not \"" + mode + "\"");
  leg.modeEvidence = readEvidence(r, "mode_basis", false);
  leg.evidence = readEvidence(r, "basis", true).value_or(Evidence{});
  leg.citations = readCitations(r, "citations");
  leg.route = readLineString(feature.contains("geometry") ? feature["geometry"] : json(), leg.id, r.sink());
  trip.legs.push_back(std::move(leg));
}

// The feature's id, or "features[i]" when it has none.
std::string featureId(const json& f, size_t index, ProblemSink& sink) {
  std::string fallback = "features[" + std::to_string(index) + "]";
  if (!f.contains("id")) {
    sink.add(fallback, "id", "missing (each feature needs a short kebab-case id)");
    return fallback;
  }
  if (!f["id"].is_string() || f["id"].get_ref<const std::string&>().empty()) {
    sink.add(fallback, "id", "must be a non-empty string");
    return fallback;
  }
  return f["id"].get<std::string>();
}

void readFeature(const json& f, size_t index, Trip& trip, ProblemSink& sink) {
  if (!f.is_object() || f.value("type", json()) != "Feature") {
    sink.add("features[" + std::to_string(index) + "]", "type", "each feature is an object with type Feature");
    return;
  }
  std::string id = featureId(f, index, sink);
  if (!f.contains("properties") || !f["properties"].is_object()) {
    sink.add(id, "properties", "missing or not an object");
    return;
  }
  FieldReader r(f["properties"], id, "properties.", sink);
  std::string type = r.requiredString("type");
  if (type == "place")
    readPlace(f, r, trip);
  else if (type == "event")
    readEvent(f, r, trip);
  else if (type == "leg")
    readLeg(f, r, trip);
  else if (!type.empty())
    r.problem("type", "must be place, event or leg, not \"" + type + "\"");
}

}  // namespace

void readFeatures(const json& features, Trip& trip, ProblemSink& sink) {
  if (!features.is_array()) {
    sink.add("", "features", "must be an array of features");
    return;
  }
  for (size_t i = 0; i < features.size(); ++i) readFeature(features[i], i, trip, sink);
}

}  // namespace itinera::detail
