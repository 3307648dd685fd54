// Counting what the trip does not know and saying it plainly.
#include "core/story/story_unknowns.h"

#include <set>


namespace itinera {
namespace {

std::string counted(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "a, b and c"
std::string listed(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

struct Tally {
  std::vector<std::pair<std::string, std::string>> names;  // each part's name: one, many
  std::vector<size_t> inferred, weak, estimate;
  size_t add(const std::string& one, const std::string& many) {
    names.push_back({one, many});
    inferred.push_back(0), weak.push_back(0), estimate.push_back(0);
    return names.size() - 1;
  }
  void count(size_t part, const Evidence& e) {
    if (e.basis == Basis::Inferred) ++inferred[part];
    if (e.basis == Basis::Corroborated && e.grade == Grade::P) ++weak[part];
    if (e.basis == Basis::Corroborated && e.grade == Grade::EST) ++estimate[part];
  }
  std::string sentence(const std::vector<size_t>& counts) const {
    std::vector<std::string> parts;
    for (size_t i = 0; i < counts.size(); ++i)
      if (counts[i]) parts.push_back(counted(counts[i], names[i].first, names[i].second));
    return listed(parts);
  }
};

Tally tallyEvidence(const Trip& trip) {
  Tally t;
  size_t events = t.add("event", "events"), times = t.add("event time", "event times"),
         places = t.add("event place", "event places"), attendance = t.add("attendance", "attendances"),
         locations = t.add("place location", "place locations"), legs = t.add("journey", "journeys"),
         modes = t.add("means of travel", "means of travel");
  for (const Event& e : trip.events) {
    t.count(events, e.evidence);
    if (e.time.evidence) t.count(times, *e.time.evidence);
    if (e.placeEvidence) t.count(places, *e.placeEvidence);
    for (const Participant& p : e.participants) t.count(attendance, p.evidence);
  }
  for (const Place& p : trip.places)
    if (p.locationEvidence) t.count(locations, *p.locationEvidence);
  for (const Leg& l : trip.legs) {
    t.count(legs, l.evidence);
    if (l.modeEvidence) t.count(modes, *l.modeEvidence);
  }
  return t;
}

void timeUnknowns(const Trip& trip, std::vector<std::string>& out) {
  size_t dayOnly = 0, undated = 0;
  for (const Event& e : trip.events) {
    dayOnly += e.time.precision == TimePrecision::Day;
    undated += e.time.precision == TimePrecision::Trip;
  }
  if (dayOnly) out.push_back("The hour of " + counted(dayOnly, "event", "events") + " is not known, only the day.");
  if (undated) out.push_back("The date of " + counted(undated, "event", "events") + " is not known, only that " +
                             (undated == 1 ? "it falls" : "they fall") + " within the trip.");
}

void placeUnknowns(const Trip& trip, std::vector<std::string>& out) {
  std::set<std::string> used;
  for (const Event& e : trip.events) used.insert(e.place);
  std::vector<std::string> approximate;
  size_t venueUnknown = 0;
  for (const Place& p : trip.places) {
    if (!used.count(p.id)) continue;
    if (p.precision == LocationPrecision::Approximate) approximate.push_back(p.name);
  }
  for (const Event& e : trip.events) {
    const Place* p = trip.place(e.place);
    venueUnknown += p && (p->precision == LocationPrecision::City || p->precision == LocationPrecision::Region);
  }
  if (!approximate.empty()) out.push_back("Located only approximately: " + listed(approximate) + ".");
  if (venueUnknown) out.push_back("For " + counted(venueUnknown, "event", "events") + " only the city or region is known, not the venue.");
}

}  // namespace

std::vector<std::string> tripUnknowns(const Trip& trip) {
  std::vector<std::string> out;
  timeUnknowns(trip, out);
  placeUnknowns(trip, out);
  Tally t = tallyEvidence(trip);
  if (std::string s = t.sentence(t.inferred); !s.empty())
    out.push_back("Inferred, not stated by a source (each with its reason in the trip file): " + s + ".");
  if (std::string s = t.sentence(t.weak); !s.empty())
    out.push_back("Resting on a single weaker report (P): " + s + ".");
  if (std::string s = t.sentence(t.estimate); !s.empty()) out.push_back("Estimated, with no source: " + s + ".");
  return out;
}

}  // namespace itinera
