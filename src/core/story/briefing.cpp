// Loading a trip for presenting.
#include "core/story/briefing.h"

#include "core/trip/trip_loader.h"
#include "core/trip/trip_sources.h"

namespace itinera {

Briefing::Briefing(Trip trip, std::vector<std::string> sourceDirs)
    : trip_(std::move(trip)),
      clock_(trip_),
      timeline_(std::make_unique<Timeline>(trip_, clock_)),
      playback_(trip_.periodStart.utc, trip_.periodEnd.utc),
      sourceDirs_(std::move(sourceDirs)) {}

Result<std::unique_ptr<Briefing>> Briefing::load(const std::string& path, const std::vector<std::string>& sourceDirs,
                                                  const TripLoadOptions& options) {
  TripLoadResult loaded = loadTrip(path, options);
  if (!loaded.ok()) {
    std::string all;
    for (const TripProblem& p : loaded.problems) all += (all.empty() ? "" : "\n") + p.format();
    return Error{all};
  }
  std::vector<std::string> dirs = sourceDirs;
  for (auto& d : defaultSourceDirs(path)) dirs.push_back(d);
  return std::unique_ptr<Briefing>(new Briefing(std::move(*loaded.trip), std::move(dirs)));
}

std::string defaultTripPath(const std::string& dataDir) { return dataDir + "/geodata/trips/panama-2022.geojson"; }

}  // namespace itinera
