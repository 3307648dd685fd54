// Placemarks through OGR: the LIBKML driver turns the name, description, begin and end fields
// into <name>, <description> and <TimeSpan>, other fields (the time zones) into <ExtendedData>,
// and a feature's style string into its <Style>. The tour, which the driver cannot write, is added
// to that document with libkml (kml_tour.h).
#include "interchange/kml_writer.h"

#include <kml/base/file.h>
#include <kml/base/tempfile.h>
#include <kml/engine/kmz_file.h>
#include <cpl_conv.h>
#include <ogrsf_frmts.h>

#include <cctype>
#include <filesystem>
#include <memory>

#include "core/io/atomic_file.h"
#include "core/story/story_pacing.h"
#include "core/story/story_sequence.h"
#include "core/story/trip_text.h"
#include "interchange/event_record.h"
#include "interchange/gdal_output.h"
#include "interchange/kml_tour.h"
#include "interchange/ogr_fields.h"

namespace itinera {
namespace {

// Line colours of the travellers, in trip order (KML-friendly, distinct on satellite imagery).
constexpr const char* kTravellerColours[] = {"#FFB000", "#00C8FF", "#FF4FA0", "#7CFC00"};

// The folder the tour goes in, after the events' placemarks: in a KMZ GDAL writes it to a file of
// its own (layers/Events.kml), so there the tour stays in doc.kml, beside the links.
constexpr const char* kTourFolder = "Events";

// A folder with the fields the driver maps to KML elements, then `dataFields` as untyped
// ExtendedData (<Data>): libkml's pretty printer, which writes the tour's document again, pads the
// values of typed <SimpleData> with line breaks and spaces.
OGRLayer* placemarkLayer(GDALDataset& ds, const char* name, std::string& error,
                         std::initializer_list<const char*> dataFields = {}) {
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* layer = nullptr;
  {
    CPLConfigOptionSetter untyped("LIBKML_USE_SIMPLEFIELD", "NO", true);  // read when the layer is made
    layer = ds.CreateLayer(name, &wgs84, wkbUnknown);
  }
  if (!layer) {
    error = gdalError(std::string("cannot create folder ") + name);
    return nullptr;
  }
  std::vector<const char*> fields{"name", "description", "begin", "end"};
  fields.insert(fields.end(), dataFields);
  for (const char* field : fields) {
    OGRFieldDefn defn(field, std::string(field) == "begin" || std::string(field) == "end" ? OFTDateTime : OFTString);
    if (layer->CreateField(&defn) != OGRERR_NONE) {
      error = gdalError(std::string("cannot add field ") + field);
      return nullptr;
    }
  }
  return layer;
}

std::string write(OGRLayer& layer, OGRFeature& f, OGRGeometry* geometry, const std::string& what) {
  if (geometry) f.SetGeometryDirectly(geometry);
  return layer.CreateFeature(&f) == OGRERR_NONE ? "" : gdalError("cannot write " + what);
}

// A place's description: everything that happened there, in order, as the story words it.
std::string placeDescription(const Place& place, const std::vector<EventRecord>& records) {
  std::string out = placeLabel(&place, place.id);
  for (const EventRecord& r : records)
    if (r.event->place == place.id)
      out += "\n- " + r.event->title + " (" + (r.day.empty() ? "date not known" : r.day + ", " + r.timeLabel) + ")";
  return out;
}

std::string writePlaces(GDALDataset& ds, const Trip& trip, const std::vector<EventRecord>& records, int& count) {
  std::string error;
  OGRLayer* layer = placemarkLayer(ds, "Places", error);
  if (!layer) return error;
  for (const Place& p : trip.places) {
    if (!p.located) continue;
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("name", placeLabel(&p, p.id).c_str());
    f.SetField("description", placeDescription(p, records).c_str());
    OGRGeometry* g = placeGeometry(p).release();  // a region is its outline, never a point
    if (auto e = write(*layer, f, g, "place " + p.id); !e.empty()) return e;
    ++count;
  }
  return "";
}

std::string writeEvents(GDALDataset& ds, const Trip& trip, const std::vector<EventRecord>& records, int& count) {
  std::string error;
  OGRLayer* layer = placemarkLayer(ds, "Events", error, {"time_zone"});
  if (!layer) return error;
  for (const EventRecord& r : records) {
    OGRFeature f(layer->GetLayerDefn());
    f.SetField("name", r.title.c_str());
    f.SetField("description", recordDescription(r).c_str());
    if (r.span) {  // no TimeSpan for an undated event: it would claim the whole trip
      setLocalTime(f, "begin", *r.clock, r.span->startUtc);
      setLocalTime(f, "end", *r.clock, r.span->hasEnd ? r.span->endUtc : r.span->startUtc);
      f.SetField("time_zone", r.timeZone.c_str());
    }
    const Place* place = trip.place(r.event->place);
    OGRGeometry* g = nullptr;
    if (place && place->located && !place->isArea() && place->precision != LocationPrecision::Region) {
      LonLat at = r.event->point ? *r.event->point : place->location;
      g = new OGRPoint(at.lon, at.lat);
    }
    if (auto e = write(*layer, f, g, "event " + r.event->id); !e.empty()) return e;
    ++count;
  }
  return "";
}

std::string writeLegs(GDALDataset& ds, const Trip& trip, const Timeline& timeline, const PlaceZones& zones, int& count) {
  std::string error;
  OGRLayer* layer = placemarkLayer(ds, "Legs", error, {"depart_time_zone", "arrive_time_zone"});
  if (!layer) return error;
  for (const Leg& leg : trip.legs) {
    OGRFeature f(layer->GetLayerDefn());
    std::string who = trip.person(leg.traveller) ? trip.person(leg.traveller)->name : leg.traveller;
    f.SetField("name", (who + ": " + placeLabel(trip.place(leg.from), leg.from) + " to " +
                        placeLabel(trip.place(leg.to), leg.to)).c_str());
    f.SetField("description", (std::string("mode: ") + toString(leg.mode) + "; time precision: " +
                               toString(leg.time.precision) + (leg.route.empty() ? "; route not known, straight line" : ""))
                                  .c_str());
    setLegTimes(f, "begin", "end", leg, zones);  // each end in its own place's zone
    size_t index = 0;
    while (index < trip.travellers.size() && trip.travellers[index].person != leg.traveller) ++index;
    f.SetStyleString((std::string("PEN(c:") + kTravellerColours[index % std::size(kTravellerColours)] + ",w:3px)").c_str());
    auto* line = new OGRLineString();
    std::vector<LonLat> points = leg.route;
    if (points.empty()) points = {timeline.legPosition(leg, 0), timeline.legPosition(leg, 1)};
    for (LonLat p : points) line->addPoint(p.lon, p.lat);
    if (auto e = write(*layer, f, line, "leg " + leg.id); !e.empty()) return e;
    ++count;
  }
  return "";
}

// The presenter sequence as a tour, framed as the app frames it in its default map CRS.
std::string storyTour(const Trip& trip, const Timeline& timeline, const std::vector<EventRecord>& records,
                      kmldom::GxTourPtr& tour) {
  auto projection = Projection::create(kDefaultCrs);
  if (!projection) return projection.error();
  StorySequence sequence = buildSequence(trip, timeline, timeline.clock(), {});
  StoryPacing pacing(trip, sequence);
  std::vector<TourStop> stops = tourStops(trip, timeline, projection.value(), sequence, pacing, records);
  tour = tourElement(stops, timeline.clock(), trip.title.empty() ? "The story" : trip.title + ": the story");
  return "";
}

// A KMZ's bytes with the tour in its KML. libkml zips only into a file: a temporary one, gone
// when this returns.
std::string addTourToKmz(std::string& kmz, const kmldom::GxTourPtr& tour) {
  kmlengine::KmzFilePtr in(kmlengine::KmzFile::OpenFromString(kmz));
  std::string kml, kmlPath;
  if (!in || !in->ReadKmlAndGetPath(&kml, &kmlPath)) return "the KMZ GDAL wrote holds no KML";
  if (auto e = addTourToKml(kml, tour, kTourFolder); !e.empty()) return e;
  kmlbase::TempFilePtr temporary(kmlbase::TempFile::CreateTempFile());
  if (!temporary) return "cannot create a temporary file for the KMZ";
  {
    kmlengine::KmzFilePtr out(kmlengine::KmzFile::Create(temporary->name().c_str()));
    if (!out || !out->AddFile(kml, kmlPath)) return "libkml could not zip the KML";
    std::vector<std::string> others;
    in->List(&others);
    for (const std::string& name : others) {  // GDAL puts each layer in layers/NAME.kml
      std::string data;
      bool folder = !name.empty() && name.back() == '/';
      if (name != kmlPath && !folder && (!in->ReadFile(name.c_str(), &data) || !out->AddFile(data, name)))
        return "libkml could not copy " + name + " into the KMZ";
    }
  }  // closing writes the zip's directory
  kmz.clear();
  if (!kmlbase::File::ReadFileToString(temporary->name(), &kmz)) return "cannot read back the zipped KMZ";
  return "";
}

bool isKmz(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".kmz";  // as GDAL's driver decides, whatever the case
}

}  // namespace

std::string writeKml(const Trip& trip, const Timeline& timeline, const std::string& path, KmlCounts* counts) {
  KmlCounts written;
  PlaceZones zones(trip, timeline.clock());
  std::vector<EventRecord> records = eventRecords(trip, zones);
  std::string bytes;
  std::string error = buildGdalDataset("LIBKML", path, {}, [&](GDALDataset& ds) -> std::string {
    if (auto e = writePlaces(ds, trip, records, written.places); !e.empty()) return e;
    if (auto e = writeEvents(ds, trip, records, written.events); !e.empty()) return e;
    return writeLegs(ds, trip, timeline, zones, written.legs);
  }, bytes);
  if (!error.empty()) return error;
  kmldom::GxTourPtr tour;
  if (auto e = storyTour(trip, timeline, records, tour); !e.empty()) return path + ": " + e;
  if (auto e = isKmz(path) ? addTourToKmz(bytes, tour) : addTourToKml(bytes, tour, kTourFolder); !e.empty()) return path + ": " + e;
  if (auto e = writeFileAtomically(path, bytes); !e.empty()) return e;
  if (counts) *counts = written;
  return "";
}

}  // namespace itinera
