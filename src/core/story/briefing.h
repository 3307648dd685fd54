// One trip being presented: the trip, its timeline, the clock, and what the user selected.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/time/playback.h"
#include "core/io/result.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"
#include "core/trip/trip_loader.h"
#include "core/story/trip_text.h"

namespace itinera {

class Briefing {
 public:
  // Loads and validates `path` with `options`; on failure the error lists every problem, one per line.
  static Result<std::unique_ptr<Briefing>> load(const std::string& path, const std::vector<std::string>& sourceDirs,
                                                const TripLoadOptions& options = {});

  const Trip& trip() const { return trip_; }
  const Timeline& timeline() const { return *timeline_; }
  Playback& playback() { return playback_; }
  const Playback& playback() const { return playback_; }
  const std::vector<std::string>& sourceDirs() const { return sourceDirs_; }

  // Local time in the trip's zone: the one clock, shared with the timeline.
  const TripClock& clock() const { return clock_; }
  int offsetMinutes(int64_t utc) const { return clock_.offsetMinutes(utc); }
  std::string isoTime(int64_t utc) const { return clock_.iso(utc); }
  CivilTime localTime(int64_t utc) const { return clock_.civil(utc); }

 private:
  Briefing(Trip trip, std::vector<std::string> sourceDirs);
  Trip trip_;
  TripClock clock_;
  std::unique_ptr<Timeline> timeline_;  // points into trip_, so Briefing never moves
  Playback playback_;
  std::vector<std::string> sourceDirs_;
};

// The bundled Panama trip, relative to the data directory.
std::string defaultTripPath(const std::string& dataDir);

}  // namespace itinera
