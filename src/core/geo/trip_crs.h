// The map CRS of a trip: the one it names, else one chosen through PROJ for its extent (the UTM
// zone it fits, else a conformal projection centred on it).
#pragma once

#include <string>

#include "core/trip/trip.h"

namespace itinera {

struct CrsChoice {
  std::string definition;  // what PROJ is given: "EPSG:32617", "+proj=lcc ..."
  std::string name;        // for people: "WGS 84 / UTM zone 17N", "Lambert conformal conic ..."
  std::string why;         // "named by the trip", "chosen for the trip", "--crs"
  std::string describe() const { return name + " (" + definition + "), " + why; }
};

// A UTM zone may take a trip reaching this far beyond its 6 degrees (transverse Mercator stays
// accurate enough for a briefing map there; the Darién lies a degree east of zone 17N).
inline constexpr double kUtmMarginDegrees = 1.5;
// A trip spanning more latitude than this gets a conic centred on it rather than a UTM zone, and
// one spanning more than kStereographicDegrees (either way) a stereographic projection.
inline constexpr double kUtmMaxLatitudeSpan = 15;
inline constexpr double kStereographicDegrees = 50;

// Every located place and every leg's route, as a lon/lat box; nullopt for a trip with neither.
std::optional<LonLatBox> tripExtent(const Trip& trip);

// The CRS for a map of `extent`: the WGS 84 UTM zone of its centre when it fits (within the
// margin, at most kUtmMaxLatitudeSpan tall, in one hemisphere), else Lambert conformal conic with
// standard parallels at a sixth and five sixths of its latitudes (Mercator when they straddle the
// equator evenly), else, for a large extent, an oblique stereographic centred on it.
CrsChoice chooseCrs(const LonLatBox& extent);

// The trip's `crs` when it names one, else chooseCrs of its extent (UTM 17N for a trip with no places).
CrsChoice crsForTrip(const Trip& trip);

}  // namespace itinera
