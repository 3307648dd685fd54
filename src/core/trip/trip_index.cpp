// Id lookups over a trip in constant time, and the containment of places (`parent` links).
#include "core/trip/trip_index.h"

namespace itinera {

TripIndex::TripIndex(const Trip& trip) {
  // emplace keeps the first of duplicated ids; duplicates are reported by the validator.
  for (const Source& s : trip.sources) sources_.emplace(s.id, &s);
  for (const Organisation& o : trip.organisations) organisations_.emplace(o.id, &o);
  for (const Person& p : trip.people) people_.emplace(p.id, &p);
  for (const Place& p : trip.places) places_.emplace(p.id, &p);
  for (const Traveller& t : trip.travellers) travellers_.emplace(t.person, &t);
}

bool TripIndex::within(const std::string& inner, const std::string& outer) const {
  return placeWithinBy(inner, outer, [this](const std::string& id) { return place(id); });
}

}  // namespace itinera
