// Each layer's fields and features; an event's or a leg's times are local date-times in its
// place's zone with the offset at that moment, so QGIS shows them as the briefing does.
#include "interchange/geopackage_writer.h"

#include <ogrsf_frmts.h>

#include <memory>

#include "core/story/story_marks.h"
#include "interchange/event_record.h"
#include "interchange/gdal_output.h"
#include "interchange/ogr_fields.h"

namespace itinera {
namespace {

struct FieldSpec {
  const char* name;
  OGRFieldType type;
};

OGRLayer* createLayer(GDALDataset& ds, const char* name, OGRwkbGeometryType type,
                      std::initializer_list<FieldSpec> fields, std::string& error) {
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* layer = ds.CreateLayer(name, &wgs84, type);
  if (!layer) {
    error = gdalError(std::string("cannot create layer ") + name);
    return nullptr;
  }
  for (const FieldSpec& f : fields) {
    OGRFieldDefn defn(f.name, f.type);
    if (layer->CreateField(&defn) != OGRERR_NONE) {
      error = gdalError(std::string("cannot add field ") + f.name + " to layer " + name);
      return nullptr;
    }
  }
  return layer;
}

std::unique_ptr<OGRGeometry> pointGeometry(LonLat p) { return std::make_unique<OGRPoint>(p.lon, p.lat); }

std::string addFeature(OGRLayer& layer, OGRFeature& f, std::unique_ptr<OGRGeometry> geometry, const std::string& what) {
  if (geometry) f.SetGeometryDirectly(geometry.release());
  if (layer.CreateFeature(&f) != OGRERR_NONE) return gdalError("cannot write " + what);
  return "";
}

std::string writePlaces(GDALDataset& ds, const Trip& trip, const PlaceZones& zones, int& count) {
  std::string error;
  OGRLayer* layer = createLayer(ds, "places", wkbUnknown,
      {{"id", OFTString}, {"name", OFTString}, {"name_es", OFTString}, {"kind", OFTString},
       {"location_precision", OFTString}, {"uncertainty_m", OFTReal}, {"grade", OFTString}, {"location_grade", OFTString},
       {"time_zone", OFTString}},
      error);
  if (!layer) return error;
  for (const Place& p : trip.places) {
    if (!p.located) continue;
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("id", p.id.c_str());
    f.SetField("name", p.name.c_str());
    f.SetField("name_es", p.nameEs.c_str());
    f.SetField("kind", p.kind.c_str());
    f.SetField("location_precision", toString(p.precision));
    if (p.uncertaintyM > 0) f.SetField("uncertainty_m", p.uncertaintyM);
    f.SetField("grade", gradeName(p.evidence).c_str());
    if (p.locationEvidence) f.SetField("location_grade", gradeName(*p.locationEvidence).c_str());
    f.SetField("time_zone", zones.clockFor(p.id).zoneName().c_str());
    if (auto e = addFeature(*layer, f, placeGeometry(p), "place " + p.id); !e.empty()) return e;
    ++count;
  }
  return "";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

// An event's point: the place's own point (exact, approximate or a city's), never a region's.
std::unique_ptr<OGRGeometry> eventGeometry(const Trip& trip, const Event& e) {
  const Place* place = trip.place(e.place);
  if (!place || !place->located || place->isArea() || place->precision == LocationPrecision::Region) return nullptr;
  return pointGeometry(e.point ? *e.point : place->location);
}

std::string writeEvents(GDALDataset& ds, const Trip& trip, const PlaceZones& zones, int& count) {
  std::string error;
  OGRLayer* layer = createLayer(ds, "events", wkbPoint,
      {{"id", OFTString}, {"kind", OFTString}, {"title", OFTString}, {"start", OFTDateTime}, {"end", OFTDateTime},
       {"time_zone", OFTString}, {"time_precision", OFTString}, {"when", OFTString}, {"place", OFTString}, {"location_precision", OFTString},
       {"participants", OFTString}, {"grades", OFTString}, {"basis", OFTString}, {"summary", OFTString},
       {"outcome", OFTString}, {"sources", OFTString}},
      error);
  if (!layer) return error;
  for (const EventRecord& r : eventRecords(trip, zones)) {
    const Event& e = *r.event;
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("id", e.id.c_str());
    f.SetField("kind", e.kind.c_str());
    f.SetField("title", e.title.c_str());
    if (r.span) {  // undated events keep empty times: the whole trip is not their time
      setLocalTime(f, "start", *r.clock, r.span->startUtc);
      setLocalTime(f, "end", *r.clock, r.span->hasEnd ? r.span->endUtc : r.span->startUtc);
      f.SetField("time_zone", r.timeZone.c_str());
    }
    f.SetField("time_precision", toString(e.time.precision));
    f.SetField("when", r.timeLabel.c_str());
    f.SetField("place", r.place.c_str());
    if (const Place* p = trip.place(e.place)) f.SetField("location_precision", toString(p->precision));
    f.SetField("participants", joined(r.participants).c_str());
    f.SetField("grades", r.grades.c_str());
    f.SetField("basis", r.basis.c_str());
    f.SetField("summary", r.summary.c_str());
    f.SetField("outcome", r.outcome.c_str());
    f.SetField("sources", joined(r.sources).c_str());
    if (auto err = addFeature(*layer, f, eventGeometry(trip, e), "event " + e.id); !err.empty()) return err;
    ++count;
  }
  return "";
}

std::unique_ptr<OGRGeometry> legGeometry(const Timeline& timeline, const Leg& leg) {
  auto line = std::make_unique<OGRLineString>();
  std::vector<LonLat> points = leg.route;
  if (points.empty()) points = {timeline.legPosition(leg, 0), timeline.legPosition(leg, 1)};
  for (LonLat p : points) line->addPoint(p.lon, p.lat);
  return line;
}

std::string writeLegs(GDALDataset& ds, const Trip& trip, const Timeline& timeline, const PlaceZones& zones, int& count) {
  std::string error;
  OGRLayer* layer = createLayer(ds, "legs", wkbLineString,
      {{"id", OFTString}, {"traveller", OFTString}, {"from", OFTString}, {"to", OFTString}, {"mode", OFTString},
       {"mode_grade", OFTString}, {"depart", OFTDateTime}, {"arrive", OFTDateTime}, {"depart_time_zone", OFTString},
       {"arrive_time_zone", OFTString}, {"time_precision", OFTString}, {"grade", OFTString}, {"route_given", OFTInteger}},
      error);
  if (!layer) return error;
  for (const Leg& leg : trip.legs) {
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("id", leg.id.c_str());
    f.SetField("traveller", leg.traveller.c_str());
    f.SetField("from", leg.from.c_str());
    f.SetField("to", leg.to.c_str());
    f.SetField("mode", toString(leg.mode));
    f.SetField("mode_grade", gradeName(aspectEvidence(leg.modeEvidence, leg.evidence)).c_str());
    // Each end in its own place's zone: "08:00 EDT" from Washington, "12:30 EST" into Panama.
    setLegTimes(f, "depart", "arrive", leg, zones);
    f.SetField("time_precision", toString(leg.time.precision));
    f.SetField("grade", gradeName(leg.evidence).c_str());
    f.SetField("route_given", leg.route.empty() ? 0 : 1);  // 0: a straight line between the places
    if (auto e = addFeature(*layer, f, legGeometry(timeline, leg), "leg " + leg.id); !e.empty()) return e;
    ++count;
  }
  return "";
}

// Every traveller as the timeline places them, every kPositionStepSeconds on the 5-minute marks,
// in the trip's home zone, as the briefing's clock reads by default.
std::string writePositions(GDALDataset& ds, const Timeline& timeline, int& count) {
  std::string error;
  OGRLayer* layer = createLayer(ds, "positions", wkbPoint,
      {{"traveller", OFTString}, {"name", OFTString}, {"time", OFTDateTime}, {"status", OFTString},
       {"place", OFTString}, {"event", OFTString}, {"leg", OFTString}},
      error);
  if (!layer) return error;
  int64_t first = (timeline.start() + kPositionStepSeconds - 1) / kPositionStepSeconds * kPositionStepSeconds;
  for (int64_t t = first; t <= timeline.end(); t += kPositionStepSeconds) {
    for (const Timeline::TravellerState& s : timeline.at(t).travellers) {
      OGRFeature f(layer->GetLayerDefn());
      f.SetField("traveller", s.id.c_str());
      f.SetField("name", s.name.c_str());
      setLocalTime(f, "time", timeline.clock(), t);
      f.SetField("status", toString(s.status));
      f.SetField("place", s.place.c_str());
      if (s.event) f.SetField("event", s.event->id.c_str());
      if (s.leg) f.SetField("leg", s.leg->id.c_str());
      if (auto e = addFeature(*layer, f, pointGeometry(s.position), "a position of " + s.id); !e.empty()) return e;
      ++count;
    }
  }
  return "";
}

}  // namespace

std::string writeGeoPackage(const Trip& trip, const Timeline& timeline, const std::string& path, GeoPackageCounts* counts) {
  GeoPackageCounts written;
  PlaceZones zones(trip, timeline.clock());
  std::string error = writeGdalDataset("GPKG", path, {}, [&](GDALDataset& ds) -> std::string {
    // One transaction: GeoPackage inserts are slow one by one.
    if (ds.StartTransaction() != OGRERR_NONE) return gdalError("cannot start a transaction");
    if (auto e = writePlaces(ds, trip, zones, written.places); !e.empty()) return e;
    if (auto e = writeEvents(ds, trip, zones, written.events); !e.empty()) return e;
    if (auto e = writeLegs(ds, trip, timeline, zones, written.legs); !e.empty()) return e;
    if (auto e = writePositions(ds, timeline, written.positions); !e.empty()) return e;
    if (ds.CommitTransaction() != OGRERR_NONE) return gdalError("cannot commit the layers");
    return "";
  });
  if (counts && error.empty()) *counts = written;
  return error;
}

}  // namespace itinera
