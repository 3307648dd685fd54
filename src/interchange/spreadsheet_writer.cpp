// Rows from the event records, each in its place's local time; quoting, the BOM and line ends
// are the CSV driver's.
#include "interchange/spreadsheet_writer.h"

#include <ogrsf_frmts.h>

#include "interchange/event_record.h"
#include "interchange/gdal_output.h"

namespace itinera {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string addColumns(OGRLayer& layer) {
  for (const char* name : kSpreadsheetColumns) {
    bool number = std::string(name) == "lon" || std::string(name) == "lat";
    OGRFieldDefn field(name, number ? OFTReal : OFTString);
    if (layer.CreateField(&field) != OGRERR_NONE) return gdalError(std::string("cannot add column ") + name);
  }
  return "";
}

void fillRow(OGRFeature& row, const Trip& trip, const EventRecord& r) {
  const Event& e = *r.event;
  const Place* place = trip.place(e.place);
  row.SetField("id", e.id.c_str());
  row.SetField("date", r.day.c_str());
  row.SetField("start", r.startText.c_str());
  row.SetField("end", r.endText.c_str());
  row.SetField("time_zone", r.timeZone.c_str());
  row.SetField("time_precision", toString(e.time.precision));
  row.SetField("when", r.timeLabel.c_str());
  row.SetField("place", r.place.c_str());
  if (r.point) {
    row.SetField("lon", r.point->lon);
    row.SetField("lat", r.point->lat);
  }
  row.SetField("location_precision", place ? toString(place->precision) : "");
  row.SetField("title", e.title.c_str());
  row.SetField("participants", joined(r.participants).c_str());
  row.SetField("grades", r.grades.c_str());
  row.SetField("sources", joined(r.sources).c_str());
}

}  // namespace

std::string writeSpreadsheet(const Trip& trip, const TripClock& clock, const std::string& path) {
  PlaceZones zones(trip, clock);
  std::vector<EventRecord> records = eventRecords(trip, zones);
  return writeGdalDataset("CSV", path, {}, [&](GDALDataset& ds) -> std::string {
    const char* options[] = {"WRITE_BOM=YES", "LINEFORMAT=CRLF", "STRING_QUOTING=IF_NEEDED", nullptr};
    OGRLayer* layer = ds.CreateLayer("events", nullptr, wkbNone, const_cast<char**>(options));
    if (!layer) return gdalError("cannot create the events layer");
    if (auto error = addColumns(*layer); !error.empty()) return error;
    for (const EventRecord& r : records) {
      OGRFeature row(layer->GetLayerDefn());
      fillRow(row, trip, r);
      if (layer->CreateFeature(&row) != OGRERR_NONE) return gdalError("cannot write the row of event " + r.event->id);
    }
    return "";
  });
}

}  // namespace itinera
