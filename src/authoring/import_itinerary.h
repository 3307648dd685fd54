// Each traveller's day as the rows tell it: the events' times (rows known only by their date
// share their day in row order), the legs between consecutive places, and two places at once.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "authoring/import_rows.h"
#include "core/time/trip_clock.h"

namespace itinera {

struct EventPlace {
  size_t row;          // index into the rows
  std::string place;   // place id
  size_t feature;      // index of the event's feature
};

struct ItineraryInput {
  const std::vector<ImportRow>& rows;
  const std::vector<EventPlace>& events;
  const std::map<std::string, std::string>& personIds;  // folded name -> person id
  const std::vector<std::string>& travellers;           // person ids, in order of appearance
  const TripClock& clock;
};

struct EventTimes {
  size_t feature;
  int64_t start, end;
  std::optional<int64_t> earliest, latest;
  TimePrecision precision;
};

struct DerivedLeg {
  std::string traveller, from, to;
  int64_t depart, arrive;
  TimePrecision precision;
  std::string mode, reason;
  size_t fromRow, toRow;
};

struct TravellerStay {
  std::string person;
  int64_t from, until;
};

struct Itinerary {
  std::vector<EventTimes> events;
  std::vector<DerivedLeg> legs;
  std::vector<TravellerStay> stays;
  int64_t periodStart = 0, periodEnd = 0;
};

// Reports a traveller in two places at once, and unknown modes, at their rows into `sink`.
Itinerary deriveItinerary(const ItineraryInput& input, ProblemSink& sink);

}  // namespace itinera
