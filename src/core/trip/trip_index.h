// Id lookups over a trip in constant time, and the containment of places (`parent` links),
// for checking large or hostile files without quadratic work.
#pragma once

#include <string>
#include <unordered_map>

#include "core/trip/trip.h"

namespace itinera {

class TripIndex {
 public:
  explicit TripIndex(const Trip& trip);

  const Source* source(const std::string& id) const { return find(sources_, id); }
  const Organisation* organisation(const std::string& id) const { return find(organisations_, id); }
  const Person* person(const std::string& id) const { return find(people_, id); }
  const Place* place(const std::string& id) const { return find(places_, id); }
  const Traveller* traveller(const std::string& personId) const { return find(travellers_, personId); }

  // True when `inner` is `outer` or lies inside it (through placeAncestors).
  bool within(const std::string& inner, const std::string& outer) const;
  // Being at one of the two places does not contradict being at the other (one contains the other).
  bool compatible(const std::string& a, const std::string& b) const { return within(a, b) || within(b, a); }

 private:
  template <typename T>
  static const T* find(const std::unordered_map<std::string, const T*>& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
  }
  std::unordered_map<std::string, const Source*> sources_;
  std::unordered_map<std::string, const Organisation*> organisations_;
  std::unordered_map<std::string, const Person*> people_;
  std::unordered_map<std::string, const Place*> places_;
  std::unordered_map<std::string, const Traveller*> travellers_;
};

}  // namespace itinera
