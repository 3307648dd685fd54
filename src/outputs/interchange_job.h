// The trip as a calendar, a spreadsheet, a GeoPackage or KML: one step writes the whole file
// atomically through its library. It draws nothing, so it may run on a worker thread.
#pragma once

#include <memory>
#include <string>

#include "core/story/trip_snapshot.h"
#include "interchange/interchange_format.h"
#include "outputs/export_job.h"

namespace itinera {

class InterchangeJob : public ExportJob {
 public:
  // `snapshot` is immutable and shared: the app may commit a new version meanwhile.
  InterchangeJob(std::shared_ptr<const TripSnapshot> snapshot, InterchangeFormat format, std::string path);

  std::string step() override;
  bool finished() const override { return finished_; }
  int64_t done() const override { return finished_ ? 1 : 0; }
  int64_t total() const override { return 1; }
  void cancel() override {}  // the file appears whole or not at all: nothing to remove
  std::string summary() const override { return summary_; }
  std::string note() const override { return note_; }
  bool rendersNothing() const override { return true; }

 private:
  std::string write();

  std::shared_ptr<const TripSnapshot> snapshot_;
  InterchangeFormat format_;
  std::string path_;
  std::string summary_, note_;
  bool finished_ = false;
};

}  // namespace itinera
