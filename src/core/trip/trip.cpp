// The trip model: lookups and the names of its enumerations.
#include "core/trip/trip.h"

#include <algorithm>

namespace itinera {
namespace {

// Through `positions` when they are current, else by a search; `key` gives an item's id.
template <typename T, typename Key>
const T* lookUp(const std::vector<T>& items, const std::unordered_map<std::string, size_t>& positions, bool current,
                const std::string& id, Key key) {
  if (current) {
    auto it = positions.find(id);
    if (it == positions.end()) return nullptr;
    if (key(items[it->second]) == id) return &items[it->second];
  }
  for (const T& item : items)
    if (key(item) == id) return &item;
  return nullptr;
}

template <typename T, typename Key>
void addPositions(const std::vector<T>& items, std::unordered_map<std::string, size_t>& positions, Key key) {
  positions.clear();
  for (size_t i = 0; i < items.size(); ++i) positions.emplace(key(items[i]), i);  // keeps the first
}

template <typename T>
const std::string& idOf(const T& item) {
  return item.id;
}
const std::string& personOf(const Traveller& t) { return t.person; }

template <typename E, size_t N>
std::optional<E> fromName(const std::string& s, const E (&values)[N]) {
  for (E v : values)
    if (s == toString(v)) return v;
  return std::nullopt;
}

bool earlier(const Event* a, const Event* b) {
  if (a->time.start != b->time.start) return a->time.start < b->time.start;
  if (a->time.end != b->time.end) return a->time.end < b->time.end;
  return a->id < b->id;
}

}  // namespace

std::array<size_t, 6> Trip::sizes() const {
  return {sources.size(), organisations.size(), people.size(), places.size(), events.size(), travellers.size()};
}

void Trip::reindex() {
  addPositions(sources, positions_.sources, idOf<Source>);
  addPositions(organisations, positions_.organisations, idOf<Organisation>);
  addPositions(people, positions_.people, idOf<Person>);
  addPositions(places, positions_.places, idOf<Place>);
  addPositions(events, positions_.events, idOf<Event>);
  addPositions(travellers, positions_.travellers, personOf);
  positions_.sizes = sizes();
  positions_.built = true;
}

bool Trip::indexCurrent() const { return positions_.sizes == sizes() && positions_.built; }

const Source* Trip::source(const std::string& id) const {
  return lookUp(sources, positions_.sources, indexCurrent(), id, idOf<Source>);
}
const Organisation* Trip::organisation(const std::string& id) const {
  return lookUp(organisations, positions_.organisations, indexCurrent(), id, idOf<Organisation>);
}
const Person* Trip::person(const std::string& id) const {
  return lookUp(people, positions_.people, indexCurrent(), id, idOf<Person>);
}
const Place* Trip::place(const std::string& id) const {
  return lookUp(places, positions_.places, indexCurrent(), id, idOf<Place>);
}
const Event* Trip::event(const std::string& id) const {
  return lookUp(events, positions_.events, indexCurrent(), id, idOf<Event>);
}
const Traveller* Trip::traveller(const std::string& personId) const {
  return lookUp(travellers, positions_.travellers, indexCurrent(), personId, personOf);
}

bool Trip::placeWithin(const std::string& inner, const std::string& outer) const {
  return placeWithinBy(inner, outer, [this](const std::string& id) { return place(id); });
}

std::vector<const Event*> Trip::eventsAt(const std::string& placeId, bool includeChildren) const {
  std::vector<const Event*> out;
  for (const Event& e : events)
    if (e.place == placeId || (includeChildren && !e.place.empty() && placeWithin(e.place, placeId)))
      out.push_back(&e);
  std::sort(out.begin(), out.end(), earlier);
  return out;
}

std::vector<const Event*> Trip::eventsInOrder() const {
  std::vector<const Event*> out;
  for (const Event& e : events) out.push_back(&e);
  std::sort(out.begin(), out.end(), earlier);
  return out;
}

std::string Trip::participantName(const Participant& p) const {
  if (!p.person.empty()) {
    const Person* person = this->person(p.person);
    return person ? person->name : p.person;
  }
  const Organisation* org = organisation(p.organisation);
  std::string name = org ? org->name : p.organisation;
  return p.role.empty() ? name : name + " (" + p.role + ")";
}

const char* toString(Basis b) {
  switch (b) {
    case Basis::Stated: return "stated";
    case Basis::Corroborated: return "corroborated";
    case Basis::Inferred: return "inferred";
  }
  return "?";
}

const char* toString(Grade g) {
  switch (g) {
    case Grade::None: return "";
    case Grade::C: return "C";
    case Grade::P: return "P";
    case Grade::EST: return "EST";
  }
  return "?";
}

const char* toString(LocationPrecision p) {
  switch (p) {
    case LocationPrecision::Exact: return "exact";
    case LocationPrecision::Approximate: return "approximate";
    case LocationPrecision::City: return "city";
    case LocationPrecision::Region: return "region";
  }
  return "?";
}

const char* toString(TimePrecision p) {
  switch (p) {
    case TimePrecision::Minute: return "minute";
    case TimePrecision::Hour: return "hour";
    case TimePrecision::PartOfDay: return "part_of_day";
    case TimePrecision::Day: return "day";
    case TimePrecision::Trip: return "trip";
  }
  return "?";
}

const char* toString(LegMode m) {
  switch (m) {
    case LegMode::Air: return "air";
    case LegMode::Helicopter: return "helicopter";
    case LegMode::Road: return "road";
    case LegMode::Unknown: return "unknown";
  }
  return "?";
}

std::optional<Basis> basisFromString(const std::string& s) {
  static const Basis all[] = {Basis::Stated, Basis::Corroborated, Basis::Inferred};
  return fromName(s, all);
}

std::optional<Grade> gradeFromString(const std::string& s) {
  static const Grade all[] = {Grade::C, Grade::P, Grade::EST};
  return fromName(s, all);
}

std::optional<LocationPrecision> locationPrecisionFromString(const std::string& s) {
  static const LocationPrecision all[] = {LocationPrecision::Exact, LocationPrecision::Approximate,
                                          LocationPrecision::City, LocationPrecision::Region};
  return fromName(s, all);
}

std::optional<TimePrecision> timePrecisionFromString(const std::string& s) {
  static const TimePrecision all[] = {TimePrecision::Minute, TimePrecision::Hour, TimePrecision::PartOfDay,
                                      TimePrecision::Day, TimePrecision::Trip};
  return fromName(s, all);
}

std::optional<LegMode> legModeFromString(const std::string& s) {
  static const LegMode all[] = {LegMode::Air, LegMode::Helicopter, LegMode::Road, LegMode::Unknown};
  return fromName(s, all);
}

}  // namespace itinera
