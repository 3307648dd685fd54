// Building the trip: [SECTION] ids and citations, places, people, events, then legs and the
// trip member (legs and whereabouts in import_itinerary.cpp).
#include "authoring/trip_builder.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "authoring/import_itinerary.h"
#include "authoring/row_citations.h"
#include "authoring/text_fold.h"
#include "core/trip/sha256.h"

namespace itinera {

using Json = nlohmann::ordered_json;

std::string kebabId(std::string_view text) {
  std::string folded = foldName(text), out;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  if (out.size() > 56) out.resize(56);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {

constexpr const char* kImportSource = "import-file";

// [SECTION] ids and citations

class Ids {
 public:
  std::string make(std::string_view text, const std::string& fallback) {
    std::string base = kebabId(text);
    if (base.empty()) base = fallback;
    std::string id = base;
    for (int n = 2; used_.count(id); ++n) id = base + "-" + std::to_string(n);
    used_.insert(id);
    return id;
  }

 private:
  std::set<std::string> used_{kImportSource};
};

class Builder {
 public:
  Builder(const ImportedRows& rows, std::string_view file, const Gazetteer& g, const TripClock& clock,
          const TripBuildOptions& options, ProblemSink& sink)
      : rows_(rows.rows), file_(file), gazetteer_(g), clock_(clock), options_(options), sink_(sink) {}

  std::optional<std::string> run() {
    for (size_t i = 0; i < rows_.size(); ++i) {
      std::string place = placeOf(i);
      people(i);
      if (!place.empty()) event(i, place);
    }
    if (rows_.empty() && !sink_.hasErrors()) sink_.at(1, 1, "no rows: the file has no events to import");
    ItineraryInput input{rows_, eventPlaces_, personIds_, travellerIds_, clock_};
    Itinerary itinerary = deriveItinerary(input, sink_);
    if (sink_.hasErrors()) return std::nullopt;
    for (const DerivedLeg& leg : itinerary.legs) features_.push_back(legFeature(leg));
    return assemble(itinerary).dump(2) + "\n";
  }

 private:
  Json cite(size_t row) const {
    Json list = Json::array();
    for (const RowSpan& s : rowSpans(file_, rows_[row].byteBegin, rows_[row].byteEnd))
      list.push_back({{"source", kImportSource}, {"paragraph", s.paragraph}, {"start", s.start}, {"end", s.end}});
    return list;
  }
  Json citeWithSource(size_t row) {
    Json list = cite(row);
    std::string text = rows_[row].source.text;
    if (text.find_first_not_of(" \t") == std::string::npos) return list;
    auto [it, added] = sourceIds_.emplace(text, "");
    if (added) {
      it->second = ids_.make(text, "source");
      Json source = {{"id", it->second}, {"title", text}, {"publisher", "not stated"}};
      if (text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0) source["url"] = text;
      sources_.push_back(source);
    }
    list.push_back({{"source", it->second}});
    return list;
  }

  // [SECTION] places

  std::string placeOf(size_t i) {
    const ImportRow& row = rows_[i];
    std::string text = row.place.text;
    text.erase(0, text.find_first_not_of(" \t"));
    text.erase(text.find_last_not_of(" \t") + 1);
    ResolvedPlace place;
    if (row.point) {
      place = {text.empty() ? std::to_string(row.point->lat) + ", " + std::to_string(row.point->lon) : text,
               *row.point, "place", "exact", "", ""};
    } else {
      PlaceHint hint = options_.hint;
      std::string country = row.country.text;
      country.erase(0, country.find_first_not_of(" \t"));
      country.erase(country.find_last_not_of(" \t") + 1);
      if (!country.empty()) {
        const std::string* code = gazetteer_.countryCode(country);
        if (!code) {
          sink_.at(row.country.line, row.country.column, "unknown country '" + country + "': give its name or ISO code (CR)");
          return "";
        }
        hint.country = *code;
      }
      auto resolved = resolvePlace(gazetteer_, text, hint);
      if (!resolved) {
        sink_.at(row.place.line, row.place.column, resolved.error());
        return "";
      }
      place = resolved.value();
    }
    std::string key = place.name + "\n" + std::to_string(place.point.lat) + "," + std::to_string(place.point.lon);
    auto [it, added] = placeIds_.emplace(key, "");
    if (added) {
      it->second = ids_.make(place.name, "place");
      features_.push_back(placeFeature(it->second, place, i));
      placePoints_[it->second] = place.point;
    }
    return it->second;
  }

  Json placeFeature(const std::string& id, const ResolvedPlace& place, size_t row) {
    Json props = {{"type", "place"}, {"name", place.name}, {"kind", place.kind},
                  {"location_precision", place.precision}, {"basis", "stated"}, {"citations", cite(row)}};
    if (!place.reason.empty()) props["location_basis"] = {{"kind", "inferred"}, {"reason", place.reason}};
    return {{"type", "Feature"}, {"id", id},
            {"geometry", {{"type", "Point"}, {"coordinates", {place.point.lon, place.point.lat}}}},
            {"properties", props}};
  }

  // [SECTION] people and events

  std::string person(const std::string& name, const std::string& role, size_t row) {
    auto [it, added] = personIds_.emplace(foldName(name), "");
    if (added) {
      it->second = ids_.make(name, "person");
      people_.push_back({{"id", it->second}, {"name", name}, {"role", role.empty() ? "not stated" : role},
                         {"basis", "stated"}, {"citations", cite(row)}});
    }
    return it->second;
  }

  void people(size_t i) {
    for (const Located& t : rows_[i].travellers) {
      std::string id = person(t.text, "", i);
      if (!travellerRows_.count(id)) {
        travellerIds_.push_back(id);
        travellerRows_[id] = i;
      }
    }
    for (const ImportPerson& p : rows_[i].participants) person(p.name.text, p.role, i);
  }

  void event(size_t i, const std::string& place) {
    const ImportRow& row = rows_[i];
    Json participants = Json::array();
    std::set<std::string> seen;
    auto add = [&](const std::string& name) {
      std::string id = personIds_.at(foldName(name));
      if (seen.insert(id).second) participants.push_back({{"person", id}, {"basis", "stated"}, {"citations", cite(i)}});
    };
    for (const Located& t : row.travellers) add(t.text);
    for (const ImportPerson& p : row.participants) add(p.name.text);
    if (participants.empty()) {
      sink_.at(row.line, row.column, "no participants: name at least one in 'participants' or 'traveller'");
      return;
    }
    Json props = {{"type", "event"}, {"kind", row.kind.empty() ? "visit" : row.kind}, {"title", row.title},
                  {"summary", row.summary.empty() ? row.title : row.summary}, {"place", place}};
    eventPlaces_.push_back({i, place, features_.size()});
    props["participants"] = participants;
    props["basis"] = "stated";
    props["citations"] = citeWithSource(i);
    features_.push_back({{"type", "Feature"}, {"id", ids_.make(row.title, "event")}, {"geometry", nullptr}, {"properties", props}});
  }

  // [SECTION] legs and the trip member

  Json legFeature(const DerivedLeg& leg) {
    LatLon a = placePoints_.at(leg.from), b = placePoints_.at(leg.to);
    Json props = {{"type", "leg"}, {"traveller", leg.traveller}, {"from", leg.from}, {"to", leg.to},
                  {"depart", clock_.iso(leg.depart)}, {"arrive", clock_.iso(leg.arrive)},
                  {"time_precision", toString(leg.precision)}, {"mode", leg.mode}};
    if (leg.mode == "unknown") props["mode_basis"] = {{"kind", "inferred"}, {"reason", "The file does not say how."}};
    props["basis"] = {{"kind", "inferred"}, {"reason", leg.reason}};
    Json citations = cite(leg.fromRow);
    for (auto& c : cite(leg.toRow)) citations.push_back(c);
    props["citations"] = citations;
    return {{"type", "Feature"}, {"id", ids_.make("leg " + leg.from + " to " + leg.to, "leg")},
            {"geometry", {{"type", "LineString"}, {"coordinates", {{a.lon, a.lat}, {b.lon, b.lat}}}}},
            {"properties", props}};
  }

  Json assemble(const Itinerary& itinerary) {
    for (const EventTimes& t : itinerary.events) {
      Json& props = features_[t.feature]["properties"];
      Json timed = Json::object();
      for (auto& [k, v] : props.items()) {
        timed[k] = v;
        if (k == "place") {
          timed["start"] = clock_.iso(t.start);
          timed["end"] = clock_.iso(t.end);
          if (t.earliest) timed["earliest"] = clock_.iso(*t.earliest);
          if (t.latest) timed["latest"] = clock_.iso(*t.latest);
          timed["time_precision"] = toString(t.precision);
        }
      }
      props = timed;
    }
    Json travellers = Json::array();
    for (const TravellerStay& s : itinerary.stays)
      travellers.push_back({{"person", s.person}, {"from", clock_.iso(s.from)}, {"until", clock_.iso(s.until)},
                            {"basis", "stated"}, {"citations", cite(travellerRows_.at(s.person))}});
    Json sources = Json::array();
    sources.push_back({{"id", kImportSource}, {"title", "Itinerary " + options_.kindOfFile + " " + options_.fileName},
                       {"publisher", "not stated"}, {"file", options_.fileName}, {"sha256", sha256Hex(file_)}});
    for (auto& s : sources_) sources.push_back(s);
    Json trip = {{"format", "itinera-trip/1"}, {"id", options_.id}, {"title", options_.title},
                 {"time_zone", clock_.zoneName()},
                 {"period", {{"start", clock_.iso(itinerary.periodStart)}, {"end", clock_.iso(itinerary.periodEnd)}}},
                 {"sources", sources}, {"organisations", Json::array()}, {"people", people_},
                 {"travellers", travellers},
                 {"note", "Imported from " + options_.fileName + " by itinera import; each fact cites its row."}};
    return {{"type", "FeatureCollection"}, {"trip", trip}, {"features", features_}};
  }

  const std::vector<ImportRow>& rows_;
  std::string_view file_;
  const Gazetteer& gazetteer_;
  const TripClock& clock_;
  const TripBuildOptions& options_;
  ProblemSink& sink_;
  Ids ids_;
  Json features_ = Json::array(), people_ = Json::array(), sources_ = Json::array();
  std::map<std::string, std::string> placeIds_, personIds_, sourceIds_;
  std::map<std::string, LatLon> placePoints_;
  std::map<std::string, size_t> travellerRows_;
  std::vector<std::string> travellerIds_;
  std::vector<EventPlace> eventPlaces_;
};

}  // namespace

std::optional<std::string> buildTrip(const ImportedRows& rows, std::string_view fileBytes, const Gazetteer& gazetteer,
                                     const TripClock& clock, const TripBuildOptions& options, ProblemSink& sink) {
  return Builder(rows, fileBytes, gazetteer, clock, options, sink).run();
}

}  // namespace itinera
