// The area of use of a map CRS, as a lon/lat box for checking a trip's coordinates.
#pragma once

#include <optional>
#include <string>

#include "core/trip/trip.h"

namespace itinera {

// PROJ's area of use of `crs` (e.g. "EPSG:32617": lon -84..-78, lat 0..84), widened by
// `marginDegrees` on every side and clamped to the globe. A transverse Mercator zone stays
// usable a little beyond its nominal 6 degrees (the Darién, east of -78, lies up to about a
// degree outside UTM 17N), hence the margin. nullopt when PROJ does not know the CRS or gives
// no area.
std::optional<LonLatBox> crsAreaOfUse(const std::string& crs, double marginDegrees = 0);

}  // namespace itinera
