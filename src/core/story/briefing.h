// One trip being presented: its current version (a shared, immutable snapshot), the playback
// clock, and the cited passages of its sources.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/io/result.h"
#include "core/story/trip_snapshot.h"
#include "core/story/trip_state.h"
#include "core/time/place_zones.h"
#include "core/time/playback.h"
#include "core/trip/trip_loader.h"

namespace itinera {

class Briefing {
 public:
  // Loads and validates `path` with `options`; on failure the error lists every problem, one per line.
  static Result<std::unique_ptr<Briefing>> load(const std::string& path, const std::vector<std::string>& sourceDirs,
                                                const TripLoadOptions& options = {});
  Briefing(std::shared_ptr<const TripSnapshot> snapshot, std::vector<std::string> sourceDirs);

  // The current version. A holder of the pointer keeps its version alive across commits.
  const std::shared_ptr<const TripSnapshot>& snapshot() const { return snapshot_; }
  // Makes `snapshot` the current version; playback keeps its time, within the new period.
  void commit(std::shared_ptr<const TripSnapshot> snapshot);

  const Trip& trip() const { return snapshot_->trip(); }
  const Timeline& timeline() const { return snapshot_->timeline(); }
  const TripClock& clock() const { return snapshot_->clock(); }
  Playback& playback() { return playback_; }
  const Playback& playback() const { return playback_; }
  const std::vector<std::string>& sourceDirs() const { return sourceDirs_; }
  std::string isoTime(int64_t utc) const { return clock().iso(utc); }
  // Pauses at the stop where stepping visits `event`: its start, or for an event whose hour is
  // not known, the start of its day. False when it has none.
  bool jumpTo(const Event& event);
  // The zone the slider's days, the big clock and the agenda's day headings follow.
  ReferenceZone referenceZone() const { return referenceZone_; }
  void setReferenceZone(ReferenceZone zone) { referenceZone_ = zone; }
  const PlaceZones& zones() const { return *zones_; }
  const TripClock& referenceClock(int64_t utc) const;  // local_times.h's referenceClock()

  // The text a citation points to, read when the version was committed (never on a frame);
  // nullopt when the source's file is not at hand or does not hold the span.
  std::optional<std::string> passage(const Citation& citation) const;

 private:
  std::shared_ptr<const TripSnapshot> snapshot_;
  std::unique_ptr<PlaceZones> zones_;  // the current version's, made when it is committed
  ReferenceZone referenceZone_ = ReferenceZone::Home;
  Playback playback_;
  std::vector<std::string> sourceDirs_;
  std::map<std::string, std::optional<std::string>> passages_;  // by citationKey
};

// The bundled Panama trip, relative to the data directory.
std::string defaultTripPath(const std::string& dataDir);

}  // namespace itinera
