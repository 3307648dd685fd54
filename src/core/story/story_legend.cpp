// The legend's words.
#include "core/story/story_legend.h"

#include "core/story/story_sequence.h"

namespace itinera {

namespace {

size_t travellersIn(const std::vector<LegendEntry>& entries) {
  return size_t(std::count_if(entries.begin(), entries.end(),
                              [](const LegendEntry& e) { return e.sign == LegendEntry::Sign::Traveller; }));
}

}  // namespace

size_t Legend::travellersPerRow() const { return travellersIn(map) > 4 ? 2 : 1; }

size_t Legend::rows() const {
  size_t travellers = travellersIn(map), perRow = travellersPerRow();
  return std::max(map.size() - travellers + (travellers + perRow - 1) / perRow, slider.size());
}

Legend tripLegend(const Trip& trip) {
  using Sign = LegendEntry::Sign;
  Legend l;
  for (size_t i = 0; i < trip.travellers.size(); ++i) {
    const Person* p = trip.person(trip.travellers[i].person);
    l.map.push_back({Sign::Traveller, p ? p->name : trip.travellers[i].person, "", i});
  }
  l.map.push_back({Sign::RouteTravelled, "Route travelled so far"});
  l.map.push_back({Sign::RouteAhead, "Route still to come"});
  l.map.push_back({Sign::Place, "Place of events (larger: more events)"});
  l.map.push_back({Sign::CurrentPlace, "Place of the event under way"});
  l.map.push_back({Sign::ApproximatePlace, "Location approximate (dashed circle: how far off)"});
  l.map.push_back({Sign::TintedRegion, "Event placed only within this region"});
  l.slider.push_back({Sign::EventKind, "Meeting", "meeting"});
  l.slider.push_back({Sign::EventKind, "Tour or visit", "tour"});
  l.slider.push_back({Sign::EventKind, "Conference, address or statement", "conference"});
  l.slider.push_back({Sign::EventKind, "Signing", "signing"});
  l.slider.push_back({Sign::EventKind, "Arrival, departure or other", "arrival"});
  l.slider.push_back({Sign::UncertainTime, "Time uncertain within the hatched range"});
  l.slider.push_back({Sign::DayOnly, "Hour not known: during the day"});
  l.slider.push_back({Sign::Night, "Night"});
  return l;
}

std::string tripHeading(const Trip& trip, const TripClock& clock) {
  std::string dates = tripDates(trip, clock);
  if (trip.title.empty()) return dates;
  return trip.title.find(dates) != std::string::npos ? trip.title : trip.title + ", " + dates;
}

}  // namespace itinera
