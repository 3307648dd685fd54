// Each interchange format's writer called once, and what it wrote counted for the summary.
#include "outputs/interchange_job.h"

#include <ctime>

#include "core/io/atomic_file.h"
#include "interchange/calendar_writer.h"
#include "interchange/geopackage_writer.h"
#include "interchange/kml_writer.h"
#include "interchange/spreadsheet_writer.h"

namespace itinera {

InterchangeJob::InterchangeJob(std::shared_ptr<const TripSnapshot> snapshot, InterchangeFormat format, std::string path)
    : snapshot_(std::move(snapshot)), format_(format), path_(std::move(path)) {}

std::string InterchangeJob::step() {
  if (finished_) return {};
  std::string error = write();
  finished_ = error.empty();
  return error;
}

std::string InterchangeJob::write() {
  const Trip& trip = snapshot_->trip();
  switch (format_) {
    case InterchangeFormat::Calendar: {
      auto calendar = calendarText(trip, snapshot_->clock(), std::time(nullptr));
      if (!calendar) return calendar.error();
      if (auto error = writeFileAtomically(path_, calendar->text); !error.empty()) return error;
      if (calendar->undated > 0)
        note_ = std::to_string(calendar->undated) + " event(s) with no known date left out of " + path_;
      summary_ = path_ + ": " + std::to_string(calendar->events) + " events";
      return {};
    }
    case InterchangeFormat::Spreadsheet: {
      if (auto error = writeSpreadsheet(trip, snapshot_->clock(), path_); !error.empty()) return error;
      summary_ = path_ + ": " + std::to_string(trip.events.size()) + " rows, one per event";
      return {};
    }
    case InterchangeFormat::GeoPackage: {
      GeoPackageCounts n;
      if (auto error = writeGeoPackage(trip, snapshot_->timeline(), path_, &n); !error.empty()) return error;
      summary_ = path_ + ": " + std::to_string(n.places) + " places, " + std::to_string(n.events) + " events, " +
                 std::to_string(n.legs) + " legs, " + std::to_string(n.positions) + " positions (every " +
                 std::to_string(kPositionStepSeconds / 60) + " min)";
      return {};
    }
    case InterchangeFormat::Kml: {
      KmlCounts n;
      if (auto error = writeKml(trip, snapshot_->timeline(), path_, &n); !error.empty()) return error;
      summary_ = path_ + ": " + std::to_string(n.places) + " places, " + std::to_string(n.events) + " events, " +
                 std::to_string(n.legs) + " legs";
      return {};
    }
  }
  return path_ + ": unknown format";
}

}  // namespace itinera
