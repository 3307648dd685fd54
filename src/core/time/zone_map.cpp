// Reading the packaged time-zone map and finding the zone of a point in it.
#include "core/time/zone_map.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <mutex>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/io/data_directory.h"
#include "core/io/regular_file.h"

namespace itinera {
namespace {

constexpr double kKmPerDegree = 111.32;  // of latitude; a degree of longitude is no longer

}  // namespace

const char* toString(ZoneFit f) {
  switch (f) {
    case ZoneFit::Inside: return "the time-zone map";
    case ZoneFit::Nearest: return "the nearest zone on the time-zone map";
    case ZoneFit::Nautical: return "the nautical zone of its longitude";
  }
  return "";
}

ZoneMap::~ZoneMap() = default;

Result<std::shared_ptr<const ZoneMap>> ZoneMap::open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
    return Error{path + ": time-zone map not found (it ships in geodata/; rebuild it with tools/build-time-zones.sh)"};
  if (std::string problem = regularFileProblem(path); !problem.empty()) return Error{path + ": " + problem};
  GDALAllRegister();
  struct QuietGdal {  // GDAL's messages are folded into ours rather than printed
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
  } quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) return Error{path + ": not a readable GeoPackage; rebuild it with tools/build-time-zones.sh"};
  OGRLayer* layer = ds->GetLayerByName("time_zones");
  if (!layer) return Error{path + ": no layer \"time_zones\"; rebuild it with tools/build-time-zones.sh"};
  int field = layer->GetLayerDefn()->GetFieldIndex("tzid");
  if (field < 0) return Error{path + ": layer \"time_zones\" has no field \"tzid\""};
  auto map = std::make_shared<ZoneMap>();
  for (auto& feature : *layer) {
    OGRGeometry* g = feature->GetGeometryRef();
    const char* name = feature->GetFieldAsString(field);
    if (!g || g->IsEmpty() || !name || !*name) continue;
    OGREnvelope env;
    g->getEnvelope(&env);
    map->zones_.push_back({name, env.MinX, env.MinY, env.MaxX, env.MaxY, std::unique_ptr<OGRGeometry>(feature->StealGeometry())});
  }
  if (map->zones_.empty()) return Error{path + ": layer \"time_zones\" holds no zone; rebuild it with tools/build-time-zones.sh"};
  return std::shared_ptr<const ZoneMap>(std::move(map));
}

ZoneAtPoint ZoneMap::zoneAt(LonLat p) const {
  OGRPoint point(p.lon, p.lat);
  for (const Zone& z : zones_)  // the envelope first: GEOS only for the few zones around the point
    if (p.lon >= z.west && p.lon <= z.east && p.lat >= z.south && p.lat <= z.north && z.shape->Intersects(&point))
      return {z.name, ZoneFit::Inside};
  const double margin = kNearestZoneKm / kKmPerDegree;
  const Zone* nearest = nullptr;
  double best = std::numeric_limits<double>::max();
  for (const Zone& z : zones_) {
    if (p.lon < z.west - margin || p.lon > z.east + margin || p.lat < z.south - margin || p.lat > z.north + margin) continue;
    double d = z.shape->Distance(&point);  // degrees; longitude degrees shrink, so this errs long
    if (d >= 0 && d <= margin && d < best) best = d, nearest = &z;
  }
  if (nearest) return {nearest->name, ZoneFit::Nearest};
  return {nauticalZone(p.lon), ZoneFit::Nautical};
}

std::string nauticalZone(double lon) {
  int hours = static_cast<int>(std::lround(std::clamp(lon, -180.0, 180.0) / 15.0));
  if (hours == 0) return "Etc/GMT";
  // POSIX-style names: Etc/GMT+5 is five hours behind (west of) Greenwich.
  return std::string("Etc/GMT") + (hours < 0 ? "+" : "-") + std::to_string(std::abs(hours));
}

std::string defaultZoneMapPath(const std::string& dataDir) { return dataDir + "/geodata/time_zones.gpkg"; }

std::shared_ptr<const ZoneMap> bundledZoneMap() {
  static std::once_flag once;
  static std::shared_ptr<const ZoneMap> map;
  std::call_once(once, [] {
    std::string dir = dataDirectory();
    if (dir.empty()) return;
    auto opened = ZoneMap::open(defaultZoneMapPath(dir));
    if (opened) map = opened.value();
  });
  return map;
}

}  // namespace itinera
