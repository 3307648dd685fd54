// Loading a trip for presenting, and committing new versions of it.
#include "core/story/briefing.h"

#include "core/story/local_times.h"
#include "core/trip/trip_sources.h"

namespace itinera {
namespace {

std::string citationKey(const Citation& c) {
  return c.source + "/" + std::to_string(c.paragraph) + "/" + std::to_string(c.start) + "/" + std::to_string(c.end);
}

}  // namespace

Briefing::Briefing(std::shared_ptr<const TripSnapshot> snapshot, std::vector<std::string> sourceDirs)
    : playback_(snapshot->trip().periodStart.utc, snapshot->trip().periodEnd.utc), sourceDirs_(std::move(sourceDirs)) {
  commit(std::move(snapshot));
}

bool Briefing::jumpTo(const Event& event) {
  auto stop = timeline().stopFor(event);
  if (!stop) return false;
  playback_.setPlaying(false);
  playback_.seek(double(*stop));
  return true;
}

void Briefing::commit(std::shared_ptr<const TripSnapshot> snapshot) {
  zones_.reset();  // it refers to the version it was made from
  snapshot_ = std::move(snapshot);
  const Trip& trip = snapshot_->trip();
  zones_ = std::make_unique<PlaceZones>(trip, snapshot_->clock());
  playback_.setPeriod(trip.periodStart.utc, trip.periodEnd.utc);
  passages_.clear();
  forEachCitation(trip, [&](const std::string&, const std::string&, const Citation& c) {
    const Source* source = trip.source(c.source);
    std::string key = citationKey(c);
    if (!passages_.count(key))
      passages_[key] = source && c.hasSpan() ? citedPassage(*source, c, sourceDirs_) : std::nullopt;
  });
}

const TripClock& Briefing::referenceClock(int64_t utc) const {
  return itinera::referenceClock(timeline(), *zones_, utc, referenceZone_);
}

std::optional<std::string> Briefing::passage(const Citation& citation) const {
  auto it = passages_.find(citationKey(citation));
  return it == passages_.end() ? std::nullopt : it->second;
}

Result<std::unique_ptr<Briefing>> Briefing::load(const std::string& path, const std::vector<std::string>& sourceDirs,
                                                  const TripLoadOptions& options) {
  TripLoadResult loaded = loadTrip(path, options);
  if (!loaded.ok()) {
    std::string all;
    for (const TripProblem& p : loaded.problems) {
      if (!all.empty()) all += "\n";
      all += p.format();
    }
    return Error{all};
  }
  std::vector<std::string> dirs = sourceDirs;
  for (auto& d : defaultSourceDirs(path)) dirs.push_back(d);
  return std::make_unique<Briefing>(TripSnapshot::make(std::move(*loaded.trip), std::move(*loaded.clock)),
                                    std::move(dirs));
}

std::string defaultTripPath(const std::string& dataDir) { return dataDir + "/geodata/trips/panama-2022.geojson"; }

}  // namespace itinera
