// Pieces the GDAL-written formats share: a place's geometry and local date-time fields.
#pragma once

#include <cstdint>
#include <memory>

#include <ogrsf_frmts.h>

#include "core/time/place_zones.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

// A point place as its point, an area as a multipolygon of its outline (never a point).
std::unique_ptr<OGRGeometry> placeGeometry(const Place& place);

// Sets `field` to `utc` as `clock`'s local date-time with its offset then (OGR's time zone flag:
// 100 + quarter hours east of UTC).
void setLocalTime(OGRFeature& feature, const char* field, const TripClock& clock, int64_t utc);

// Sets `departField` and `arriveField` to the leg's departure in the zone of the place it leaves
// and its arrival in the zone of the place it reaches, and depart_time_zone and arrive_time_zone
// to those zones' names.
void setLegTimes(OGRFeature& feature, const char* departField, const char* arriveField, const Leg& leg,
                 const PlaceZones& zones);

}  // namespace itinera
