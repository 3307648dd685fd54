// Validation of a trip's records: ids, references, evidence and citations, sources; and the
// entry point that runs every group of checks.
#include "core/trip/trip_validate.h"

#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "core/trip/trip_checks.h"

namespace itinera {
namespace detail {
namespace {

// A fact with its evidence and the citations that support it.
struct Claim {
  std::string item, field;
  const Evidence* evidence;
  const std::vector<Citation>* citations;
  std::string citationsField;
};

void addEventClaims(const Event& e, std::vector<Claim>& out) {
  out.push_back({e.id, "properties.basis", &e.evidence, &e.citations, "properties.citations"});
  if (e.placeEvidence) out.push_back({e.id, "properties.place_basis", &*e.placeEvidence, &e.citations, ""});
  if (e.time.evidence) out.push_back({e.id, "properties.time_basis", &*e.time.evidence, &e.citations, ""});
  for (size_t i = 0; i < e.participants.size(); ++i) {
    std::string f = "properties.participants[" + std::to_string(i) + "].";
    const Participant& p = e.participants[i];
    out.push_back({e.id, f + "basis", &p.evidence, &p.citations, f + "citations"});
  }
}

std::vector<Claim> claims(const Trip& trip) {
  std::vector<Claim> out;
  for (const Organisation& o : trip.organisations)
    out.push_back({"organisation " + o.id, "basis", &o.evidence, &o.citations, "citations"});
  for (const Person& p : trip.people) out.push_back({"person " + p.id, "basis", &p.evidence, &p.citations, "citations"});
  for (size_t i = 0; i < trip.travellers.size(); ++i) {
    std::string f = "travellers[" + std::to_string(i) + "].";
    const Traveller& t = trip.travellers[i];
    out.push_back({"trip", f + "basis", &t.evidence, &t.citations, f + "citations"});
  }
  for (const Place& p : trip.places) {
    out.push_back({p.id, "properties.basis", &p.evidence, &p.citations, "properties.citations"});
    if (p.locationEvidence)
      out.push_back({p.id, "properties.location_basis", &*p.locationEvidence, &p.citations, ""});
  }
  for (const Event& e : trip.events) addEventClaims(e, out);
  for (const Leg& l : trip.legs) {
    out.push_back({l.id, "properties.basis", &l.evidence, &l.citations, "properties.citations"});
    if (l.time.evidence) out.push_back({l.id, "properties.time_basis", &*l.time.evidence, &l.citations, ""});
    if (l.modeEvidence) out.push_back({l.id, "properties.mode_basis", &*l.modeEvidence, &l.citations, ""});
  }
  return out;
}

bool isKebabId(const std::string& id) {
  if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

void checkCitation(const Claim& claim, size_t i, const Citation& c, const Trip& trip, ProblemSink& sink) {
  std::string field = claim.citationsField + "[" + std::to_string(i) + "]";
  const Source* s = trip.source(c.source);
  if (!s) {
    sink.add(claim.item, field + ".source", "unknown source \"" + c.source + "\"");
  } else if (!s->file.empty() && (c.paragraph == 0 || !c.hasSpan())) {
    sink.add(claim.item, field, "a source with a file is cited by paragraph, start and end");
  } else if (s->file.empty() && c.hasSpan()) {
    sink.add(claim.item, field, "source \"" + c.source + "\" has no file, so it cannot be cited by span");
  }
}

// Reports a loop only at the places on it, and depth only for a chain that does not loop: a
// place whose parents run into a loop elsewhere is not at fault. A loop longer than the walk
// (kMaxPlaceDepth + 1 places) is reported as too deep.
void checkParentChain(const Place& place, const Trip& trip, ProblemSink& sink) {
  std::unordered_set<const Place*> seen{&place};
  auto lookup = [&trip](const std::string& id) { return trip.place(id); };
  std::vector<const Place*> above = placeAncestors(place, lookup);
  for (const Place* p : above) {
    if (p == &place) {
      sink.add(place.id, "properties.parent", "the chain of parents comes back to this place");
      return;
    }
    if (!seen.insert(p).second) return;  // a loop further up, reported at its own places
  }
  if (int(above.size()) > kMaxPlaceDepth)
    sink.add(place.id, "properties.parent",
             "places nest more than " + std::to_string(kMaxPlaceDepth) + " levels deep");
}

}  // namespace

void checkIds(const Trip& trip, ProblemSink& sink) {
  std::unordered_map<std::string, std::string> seen;  // id -> what first used it
  auto use = [&](const std::string& id, const std::string& what, const std::string& item) {
    if (id.empty() || sink.has(item, "id")) return;  // a missing id was reported under a stand-in name
    if (!isKebabId(id)) sink.add(item, "id", "\"" + id + "\" is not a short kebab-case id (a-z, 0-9, -)");
    auto [it, fresh] = seen.emplace(id, what);
    if (!fresh) sink.add(item, "id", "duplicate id \"" + id + "\" (already used by a " + it->second + ")");
  };
  for (const Source& s : trip.sources) use(s.id, "source", "source " + s.id);
  for (const Organisation& o : trip.organisations) use(o.id, "organisation", "organisation " + o.id);
  for (const Person& p : trip.people) use(p.id, "person", "person " + p.id);
  for (const Place& p : trip.places) use(p.id, "place", p.id);
  for (const Event& e : trip.events) use(e.id, "event", e.id);
  for (const Leg& l : trip.legs) use(l.id, "leg", l.id);
  std::unordered_map<std::string, size_t> travellers;
  for (size_t i = 0; i < trip.travellers.size(); ++i)
    if (!travellers.emplace(trip.travellers[i].person, i).second)
      sink.add("trip", "travellers[" + std::to_string(i) + "].person",
               "\"" + trip.travellers[i].person + "\" is already listed as a traveller");
}

void checkReferences(const Trip& trip, ProblemSink& sink) {
  auto need = [&](bool ok, const std::string& item, const std::string& field, const std::string& what,
                  const std::string& id) {
    if (!ok && !id.empty()) sink.add(item, field, "unknown " + what + " \"" + id + "\"");
  };
  for (const Person& p : trip.people)
    need(trip.organisation(p.organisation), "person " + p.id, "organisation", "organisation", p.organisation);
  for (size_t i = 0; i < trip.travellers.size(); ++i)
    need(trip.person(trip.travellers[i].person), "trip", "travellers[" + std::to_string(i) + "].person", "person",
         trip.travellers[i].person);
  for (const Place& p : trip.places) {
    need(trip.place(p.parent), p.id, "properties.parent", "place", p.parent);
    if (!p.parent.empty() && trip.place(p.parent)) checkParentChain(p, trip, sink);
  }
  for (const Event& e : trip.events) {
    need(trip.place(e.place), e.id, "properties.place", "place", e.place);
    for (size_t i = 0; i < e.participants.size(); ++i) {
      const Participant& p = e.participants[i];
      std::string f = "properties.participants[" + std::to_string(i) + "].";
      need(trip.person(p.person), e.id, f + "person", "person", p.person);
      need(trip.organisation(p.organisation), e.id, f + "organisation", "organisation", p.organisation);
    }
  }
  for (const Leg& l : trip.legs) {
    need(trip.traveller(l.traveller), l.id, "properties.traveller", "traveller", l.traveller);
    need(trip.place(l.from), l.id, "properties.from", "place", l.from);
    need(trip.place(l.to), l.id, "properties.to", "place", l.to);
    if (!l.from.empty() && l.from == l.to) sink.add(l.id, "properties.to", "a leg goes from one place to another");
  }
}

void checkEvidenceAndCitations(const Trip& trip, ProblemSink& sink) {
  for (const Claim& claim : claims(trip)) {
    const Evidence& e = *claim.evidence;
    if (e.basis == Basis::Corroborated && !e.source.empty() && !trip.source(e.source))
      sink.add(claim.item, claim.field + ".source", "unknown source \"" + e.source + "\"");
    if (e.basis == Basis::Stated) {
      bool cited = false;
      for (const Citation& c : *claim.citations) {
        const Source* s = trip.source(c.source);
        cited = cited || (s && !s->file.empty());
      }
      if (!cited) sink.add(claim.item, claim.field, "a stated fact must cite a passage of a source file");
    }
    if (claim.citationsField.empty()) continue;
    for (size_t i = 0; i < claim.citations->size(); ++i)
      checkCitation(claim, i, (*claim.citations)[i], trip, sink);
  }
}

void checkSources(const Trip& trip, ProblemSink& sink) {
  for (const Source& s : trip.sources) {
    std::string item = "source " + s.id;
    if (!s.date.empty() && !parseIsoDate(s.date)) sink.add(item, "date", "\"" + s.date + "\" is not YYYY-MM-DD");
    if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
      sink.add(item, "url", "must start with https:// or http://");
    if (!s.file.empty() && std::filesystem::path(s.file).filename().string() != s.file)
      sink.add(item, "file", "a bare file name is expected (the file is looked for beside the trip)");
    bool hex = s.sha256.size() == 64 && s.sha256.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!s.file.empty() && !hex) sink.add(item, "sha256", "a source file needs its sha256 (64 lowercase hex digits)");
    if (s.file.empty() && !s.sha256.empty()) sink.add(item, "sha256", "only a source with a file has a sha256");
  }
}

}  // namespace detail

void validateTrip(const Trip& trip, const TripClock& clock, const TripLoadOptions& options, ProblemSink& sink) {
  detail::checkIds(trip, sink);
  detail::checkReferences(trip, sink);
  detail::checkEvidenceAndCitations(trip, sink);
  detail::checkSources(trip, sink);
  detail::checkTimes(trip, clock, sink);
  detail::checkSpace(trip, options, sink);
  detail::checkWhereabouts(trip, sink);
  detail::checkMapSettings(trip, sink);
}

std::string validationSummary(const Trip& trip) {
  std::string name = std::filesystem::path(trip.fileName).filename().string();
  return name + ": valid: " + std::to_string(trip.places.size()) + " places, " + std::to_string(trip.events.size()) +
         " events, " + std::to_string(trip.legs.size()) + " legs, " + std::to_string(trip.people.size()) + " people";
}

}  // namespace itinera
