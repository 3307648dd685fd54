// The legend of the map's and the slider's signs, and the trip's heading: what each sign means,
// in words, so the window, a still and a slide explain them alike.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/trip/trip.h"
#include "core/story/trip_text.h"

namespace itinera {

struct LegendEntry {
  enum class Sign {
    Traveller,         // a traveller's marker and colour: `traveller` is the index
    RouteTravelled,    // a solid trail
    RouteAhead,        // a dotted trail
    Place,             // a place marker
    CurrentPlace,      // the ringed marker of the current event's place
    ApproximatePlace,  // a soft disc with a dashed edge
    TintedRegion,      // a region tinted because the event is placed only in it
    EventKind,         // a colour on the slider and in the text: `kind` is one kind of the group
    UncertainTime,     // hatching on the slider
    DayOnly,           // a band across a day on the slider
    Night,             // shading on the slider
  };
  Sign sign = Sign::Place;
  std::string text = "";
  std::string kind = "";  // EventKind
  size_t traveller = 0;   // Traveller
};

struct Legend {
  std::vector<LegendEntry> map;     // signs on the map, the travellers first
  std::vector<LegendEntry> slider;  // event kinds and the slider's signs
  // Travellers stand two to a row when there are more than four: ten of them one under another
  // made the legend cover a third of the map.
  size_t travellersPerRow() const;
  size_t rows() const;  // of the taller column
};

Legend tripLegend(const Trip& trip);

// "Secretary Mayorkas in Panama, 18-20 April 2022": the trip's title, with its dates unless the
// title already gives them.
std::string tripHeading(const Trip& trip, const TripClock& clock);

}  // namespace itinera
