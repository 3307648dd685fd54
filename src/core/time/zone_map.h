// The packaged time-zone map (geodata/time_zones.gpkg, built by tools/build-time-zones.sh from
// timezone-boundary-builder's boundaries): which IANA zone a point lies in, read with OGR/GEOS.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/io/result.h"
#include "core/time/zone_fit.h"

class OGRGeometry;

namespace itinera {

inline constexpr double kNearestZoneKm = 30;

class ZoneMap {
 public:
  // Reads every zone of `path` (layer "time_zones", field "tzid"); an error names the file.
  static Result<std::shared_ptr<const ZoneMap>> open(const std::string& path);
  ZoneAtPoint zoneAt(LonLat p) const;
  size_t zoneCount() const { return zones_.size(); }

  ZoneMap() = default;
  ~ZoneMap();
  ZoneMap(const ZoneMap&) = delete;
  ZoneMap& operator=(const ZoneMap&) = delete;

 private:
  struct Zone {
    std::string name;
    double west, south, east, north;
    std::unique_ptr<OGRGeometry> shape;
  };
  std::vector<Zone> zones_;
};

// The nautical zone of a longitude: "Etc/GMT+5" at 75 W, "Etc/GMT" at 0, "Etc/GMT-9" at 135 E.
std::string nauticalZone(double lon);

std::string defaultZoneMapPath(const std::string& dataDir);  // dataDir + "/geodata/time_zones.gpkg"
// The map in the data directory (dataDirectory()), read once; null when it cannot be read.
std::shared_ptr<const ZoneMap> bundledZoneMap();

}  // namespace itinera
