// Pieces the GDAL-written formats share: a place's geometry and local date-time fields.
#pragma once

#include <cstdint>
#include <memory>

#include <ogrsf_frmts.h>

#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

// A point place as its point, an area as a multipolygon of its outline (never a point).
std::unique_ptr<OGRGeometry> placeGeometry(const Place& place);

// Sets `field` to `utc` as the trip's local date-time with its offset then (OGR's time zone flag:
// 100 + quarter hours east of UTC).
void setLocalTime(OGRFeature& feature, const char* field, const TripClock& clock, int64_t utc);

// The instant of a local date and time in the trip's zone.
int64_t instantOf(const TripClock& clock, const CivilTime& local);

}  // namespace itinera
