// Geometry and time conversions for the OGR writers.
#include "interchange/ogr_fields.h"

namespace itinera {

std::unique_ptr<OGRGeometry> placeGeometry(const Place& place) {
  if (!place.isArea()) return std::make_unique<OGRPoint>(place.location.lon, place.location.lat);
  auto multi = std::make_unique<OGRMultiPolygon>();
  for (const Polygon& polygon : place.areas) {
    OGRPolygon out;
    for (const Ring& ring : polygon) {
      OGRLinearRing r;
      for (LonLat p : ring) r.addPoint(p.lon, p.lat);
      r.closeRings();
      out.addRing(&r);
    }
    multi->addGeometry(&out);
  }
  return multi;
}

void setLocalTime(OGRFeature& f, const char* field, const TripClock& clock, int64_t utc) {
  CivilTime c = clock.civil(utc);
  f.SetField(field, c.year, c.month, c.day, c.hour, c.minute, float(c.second), 100 + clock.offsetMinutes(utc) / 15);
}

void setLegTimes(OGRFeature& f, const char* departField, const char* arriveField, const Leg& leg,
                 const PlaceZones& zones) {
  setLocalTime(f, departField, zones.clockFor(leg.from), leg.time.start.utc);
  setLocalTime(f, arriveField, zones.clockFor(leg.to), leg.time.end.utc);
  f.SetField("depart_time_zone", zones.clockFor(leg.from).zoneName().c_str());
  f.SetField("arrive_time_zone", zones.clockFor(leg.to).zoneName().c_str());
}

}  // namespace itinera
