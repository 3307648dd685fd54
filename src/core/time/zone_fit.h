// How a place's time zone was found on the time-zone map (zone_map.h); kept apart so the trip
// model can record it without reading the map.
#pragma once

#include <string>

namespace itinera {

// Inside a zone's boundary (land and territorial waters), the nearest boundary within
// kNearestZoneKm (a coast the simplified map cuts short), or at sea the nautical zone of the
// longitude (Etc/GMT+5 from 67.5 W to 82.5 W).
enum class ZoneFit { Inside, Nearest, Nautical };
const char* toString(ZoneFit f);  // "the time-zone map", "the nearest zone on the time-zone map", ...

struct ZoneAtPoint {
  std::string zone;  // IANA name
  ZoneFit fit = ZoneFit::Inside;
};

}  // namespace itinera
