// Where each traveller is at any moment, and the checks that make that well defined.
#include "core/trip/trip_whereabouts.h"

#include <algorithm>
#include <unordered_map>

#include "core/trip/trip_checks.h"

namespace itinera {
namespace {

bool participates(const Event& e, const std::string& personId) {
  for (const Participant& p : e.participants)
    if (p.person == personId) return true;
  return false;
}

// "meeting-x at place-y from 2022-04-19T13:00-05:00" or "leg-z (a to b) from ...".
std::string describe(const Stretch& s, int offsetMinutes) {
  std::string what = s.event ? s.event->id + " at " + s.startPlace
                             : s.leg->id + " (" + s.startPlace + " to " + s.endPlace + ")";
  return what + " from " + formatIsoTime(s.start, offsetMinutes);
}

}  // namespace

void sortStretches(std::vector<Stretch>& stretches) {
  std::stable_sort(stretches.begin(), stretches.end(), [](const Stretch& a, const Stretch& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
}

std::vector<Stretch> itinerary(const Trip& trip, const std::string& personId) {
  std::vector<Stretch> out;
  for (const Event& e : trip.events)
    if (!e.place.empty() && participates(e, personId))
      out.push_back({e.time.start.utc, e.time.end.utc, e.place, e.place, &e, nullptr});
  for (const Leg& l : trip.legs)
    if (l.traveller == personId) out.push_back({l.time.start.utc, l.time.end.utc, l.from, l.to, nullptr, &l});
  sortStretches(out);
  return out;
}

namespace detail {
namespace {

// Whether the times or places of a stretch could not be read (then it is not checked again).
bool unreadable(const Stretch& s, const ProblemSink& sink) {
  const std::string& id = s.event ? s.event->id : s.leg->id;
  for (const char* f : {"properties.start", "properties.end", "properties.depart", "properties.arrive",
                        "properties.place", "properties.from", "properties.to"})
    if (sink.has(id, f)) return true;
  return false;
}

// Being at one of the two places does not contradict being at the other (one contains the other).
bool compatible(const Trip& trip, const std::string& a, const std::string& b) {
  return trip.placeWithin(a, b) || trip.placeWithin(b, a);
}

void checkTraveller(const Trip& trip, size_t i, std::vector<Stretch>& stretches,
                    ProblemSink& sink) {
  const Traveller& t = trip.travellers[i];
  std::string field = "travellers[" + std::to_string(i) + "].";
  if (sink.has("trip", field + "from") || sink.has("trip", field + "until")) return;
  sortStretches(stretches);
  for (const Stretch& s : stretches)
    if (unreadable(s, sink)) return;
  std::string item = "traveller " + t.person;
  int offset = t.from.offsetMinutes;
  if (stretches.empty()) {
    sink.add(item, "", "has no events with a place and no legs");
    return;
  }
  if (stretches.front().start != t.from.utc)
    sink.add(item, "from", "whereabouts unknown between " + formatIsoTime(t.from) + " and the first stretch, " +
                               describe(stretches.front(), offset));
  const Stretch* reach = nullptr;  // the stretch that ends last among those seen
  for (const Stretch& s : stretches) {
    if (s.start < t.from.utc || s.end > t.until.utc)
      sink.add(item, "", describe(s, offset) + " lies outside the stay (" + formatIsoTime(t.from) + " to " +
                             formatIsoTime(t.until) + ")");
    if (reach) {
      bool overlap = s.start < reach->end;
      if (overlap && (s.leg || reach->leg || !compatible(trip, s.startPlace, reach->endPlace)))
        sink.add(item, "", "in two places at once: " + describe(*reach, offset) + " overlaps " + describe(s, offset));
      else if (!overlap && !compatible(trip, reach->endPlace, s.startPlace))
        sink.add(item, "", "no leg from " + reach->endPlace + " to " + s.startPlace + " between " +
                               describe(*reach, offset) + " and " + describe(s, offset));
    }
    if (!reach || s.end >= reach->end) reach = &s;
  }
  if (reach->end != t.until.utc)
    sink.add(item, "until", "whereabouts unknown between the last stretch, " + describe(*reach, offset) + ", and " +
                                formatIsoTime(t.until));
}

}  // namespace

void checkWhereabouts(const Trip& trip, ProblemSink& sink) {
  // Every traveller's itinerary in one pass over the events and legs.
  std::unordered_map<std::string, std::vector<Stretch>> stretches;
  for (const Traveller& t : trip.travellers) stretches.emplace(t.person, std::vector<Stretch>{});
  for (const Event& e : trip.events) {
    if (e.place.empty()) continue;
    for (const Participant& p : e.participants) {
      auto it = p.person.empty() ? stretches.end() : stretches.find(p.person);
      if (it != stretches.end()) it->second.push_back({e.time.start.utc, e.time.end.utc, e.place, e.place, &e, nullptr});
    }
  }
  for (const Leg& l : trip.legs) {
    auto it = stretches.find(l.traveller);
    if (it != stretches.end()) it->second.push_back({l.time.start.utc, l.time.end.utc, l.from, l.to, nullptr, &l});
  }
  for (size_t i = 0; i < trip.travellers.size(); ++i) {
    auto it = stretches.find(trip.travellers[i].person);
    if (it != stretches.end() && trip.traveller(trip.travellers[i].person) == &trip.travellers[i])
      checkTraveller(trip, i, it->second, sink);
  }
}

}  // namespace detail
}  // namespace itinera
