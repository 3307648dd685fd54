// Reading the trip-wide "trip" member: title, time zone, period, sources, organisations, people
// and travellers.
#include "core/trip/trip_parse.h"

namespace itinera::detail {
namespace {

using nlohmann::json;

// Calls `readOne(element, reader)` for each object in the array member `key` of `r`.
template <typename F>
void forEachRecord(const FieldReader& r, const char* key, const char* what, F readOne) {
  const json* list = r.array(key, true);
  if (!list) return;
  for (size_t i = 0; i < list->size(); ++i) {
    const json& element = (*list)[i];
    std::string id = element.is_object() && element.contains("id") && element["id"].is_string()
                         ? element["id"].get<std::string>()
                         : std::string(key) + "[" + std::to_string(i) + "]";
    if (!element.is_object()) {
      r.problem(std::string(key) + "[" + std::to_string(i) + "]", std::string("each of ") + key + " is an object");
      continue;
    }
    readOne(element, FieldReader(element, std::string(what) + " " + id, "", r.sink()));
  }
}

void readSources(const FieldReader& r, Trip& trip) {
  forEachRecord(r, "sources", "source", [&](const json&, const FieldReader& s) {
    s.rejectUnknown({"id", "title", "publisher", "date", "file", "sha256", "url", "note"});
    Source src{s.requiredString("id"), s.requiredString("title"), s.requiredString("publisher"),
               s.optionalString("date"), s.optionalString("file"), s.optionalString("sha256"),
               s.optionalString("url"), s.optionalString("note")};
    trip.sources.push_back(std::move(src));
  });
}

void readOrganisations(const FieldReader& r, Trip& trip) {
  forEachRecord(r, "organisations", "organisation", [&](const json&, const FieldReader& o) {
    o.rejectUnknown({"id", "name", "name_es", "kind", "basis", "citations", "note"});
    Organisation org;
    org.id = o.requiredString("id");
    org.name = o.requiredString("name");
    org.nameEs = o.optionalString("name_es");
    org.kind = o.requiredString("kind");
    org.note = o.optionalString("note");
    org.evidence = readEvidence(o, "basis", true).value_or(Evidence{});
    org.citations = readCitations(o, "citations");
    trip.organisations.push_back(std::move(org));
  });
}

void readPeople(const FieldReader& r, Trip& trip) {
  forEachRecord(r, "people", "person", [&](const json&, const FieldReader& p) {
    p.rejectUnknown({"id", "name", "source_spelling", "role", "organisation", "basis", "citations", "note"});
    Person person;
    person.id = p.requiredString("id");
    person.name = p.requiredString("name");
    person.sourceSpelling = p.optionalString("source_spelling");
    person.role = p.requiredString("role");
    person.organisation = p.optionalString("organisation");
    person.note = p.optionalString("note");
    person.evidence = readEvidence(p, "basis", true).value_or(Evidence{});
    person.citations = readCitations(p, "citations");
    trip.people.push_back(std::move(person));
  });
}

void readTravellers(const FieldReader& r, Trip& trip) {
  const json* list = r.array("travellers", true);
  if (!list) return;
  for (size_t i = 0; i < list->size(); ++i) {
    FieldReader t((*list)[i], r.item(), "travellers[" + std::to_string(i) + "].", r.sink());
    if (!t.isObject()) {
      r.problem("travellers[" + std::to_string(i) + "]", "each traveller is an object {person, from, until, ...}");
      continue;
    }
    t.rejectUnknown({"person", "from", "until", "basis", "citations"});
    Traveller traveller;
    traveller.person = t.requiredString("person");
    traveller.from = readTime(t, "from", true).value_or(TimePoint{});
    traveller.until = readTime(t, "until", true).value_or(TimePoint{});
    traveller.evidence = readEvidence(t, "basis", true).value_or(Evidence{});
    traveller.citations = readCitations(t, "citations");
    trip.travellers.push_back(std::move(traveller));
  }
}

void readPeriod(const FieldReader& r, Trip& trip) {
  const json* period = r.get("period");
  if (!period || !period->is_object()) {
    r.problem("period", "missing or not an object {start, end}");
    return;
  }
  FieldReader p(*period, r.item(), "period.", r.sink());
  p.rejectUnknown({"start", "end"});
  trip.periodStart = readTime(p, "start", true).value_or(TimePoint{});
  trip.periodEnd = readTime(p, "end", true).value_or(TimePoint{});
}

}  // namespace

void readTripMember(const json& member, Trip& trip, ProblemSink& sink) {
  FieldReader r(member, "trip", "", sink);
  if (!r.isObject()) {
    sink.add("trip", "", "the FeatureCollection needs a \"trip\" object with the trip-wide metadata");
    return;
  }
  r.rejectUnknown({"format", "id", "title", "time_zone", "period", "sources", "organisations", "people",
                   "travellers", "note", "crs", "views"});
  std::string format = r.requiredString("format");
  if (!format.empty() && format != "itinera-trip/1")
    r.problem("format", "\"" + format + "\" is not a known format (expected itinera-trip/1)");
  trip.id = r.requiredString("id");
  trip.title = r.requiredString("title");
  trip.timeZone = r.requiredString("time_zone");
  readPeriod(r, trip);
  readSources(r, trip);
  readOrganisations(r, trip);
  readPeople(r, trip);
  readTravellers(r, trip);
  readTripMapSettings(r, trip);
}

}  // namespace itinera::detail
