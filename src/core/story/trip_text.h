// Trip facts as short texts for people: times with their honest precision, places with
// theirs, and the basis of a fact. Shared by the agenda and the GUI.
#pragma once

#include <optional>
#include <string>

#include "core/trip/trip.h"
#include "core/time/trip_clock.h"

namespace itinera {

// "14:30", "14:30-15:45", "~14:00", "afternoon", "time not known", "date not known".
std::string timeSpanLabel(const TimeSpan& time, const TripClock& clock);
inline std::string eventTimeLabel(const Event& e, const TripClock& clock) { return timeSpanLabel(e.time, clock); }
// "morning" (before noon), "afternoon" (before 18:00), "evening"; "night" before 06:00.
std::string partOfDayName(const CivilTime& c);
// "Palacio de las Garzas", "Pacific locks (approx.)", "Panama City (venue not known)", "Darién (region)";
// the id when the place is unknown, "-" when there is none. `marks` go inside the same
// parentheses: "Pacific locks (approx.; place inferred)".
std::string placeLabel(const Place* place, const std::string& id, const std::string& marks = "");
inline std::string eventPlaceLabel(const Trip& trip, const Event& e) { return placeLabel(trip.place(e.place), e.place); }
// "stated", "corroborated (C)", "corroborated (estimate)", "inferred".
std::string basisLabel(const Evidence& e);
// "Tuesday 19 April 2022"
std::string dayHeading(const CivilTime& c);

}  // namespace itinera
