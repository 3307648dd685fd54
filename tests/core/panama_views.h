// The views the bundled Panama trip names, for tests that frame the map as the app does.
#pragma once

#include <cstdlib>
#include <string>
#include <vector>

#include "core/camera/views.h"
#include "core/trip/trip_loader.h"

namespace itinera {

inline const std::vector<NamedView>& panamaViews() {
  static const std::vector<NamedView> views = [] {
    TripLoadOptions options;
    options.checkCitedSources = false;
    TripLoadResult loaded = loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson", options);
    if (!loaded.ok()) std::abort();
    return tripViews(*loaded.trip);
  }();
  return views;
}

inline std::optional<NamedView> panamaView(const std::string& name) { return findView(panamaViews(), name); }

}  // namespace itinera
