// Puts the world and the detailed regions together, each place drawn once from its best data.
#include "core/geo/basemap_set.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace itinera {
namespace {

// GSHHG's intermediate resolution is about 0.2 km: finer levels would only cut it into more cells.
constexpr double kWorldDetailMetres = 200;

// The box's outline, a point a degree, projected; empty for the whole globe.
MapRing projectedOutline(const DegreeBox& box, const Projection& projection) {
  if (box.east - box.west >= 360 && box.south <= -90 && box.north >= 90) return {};
  std::vector<LonLat> pts;
  for (double x = box.west; x < box.east; x += 1) pts.push_back({x, box.south});
  for (double y = box.south; y < box.north; y += 1) pts.push_back({box.east, y});
  for (double x = box.east; x > box.west; x -= 1) pts.push_back({x, box.north});
  for (double y = box.north; y > box.south; y -= 1) pts.push_back({box.west, y});
  pts.push_back(pts.front());
  MapRing ring;
  projection.toMap(pts, ring);
  return ring;
}

// A GeoPackage that tools/build-geodata.sh built as a region says so in its metadata; others
// beside it (the time-zone map) are not basemaps.
bool isRegionBasemap(const std::string& path) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  return ds && ds->GetMetadataItem("ITINERA_REGION_BBOX");
}

}  // namespace

std::vector<std::string> regionBasemapPaths(const std::string& dataDir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto& entry : std::filesystem::directory_iterator(dataDir + "/geodata", ec)) {
    std::string path = entry.path().string();
    if (entry.path().extension() == ".gpkg" && path != worldBasemapPath(dataDir) && path != defaultBasemapPath(dataDir) &&
        isRegionBasemap(path))
      out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  out.insert(out.begin(), defaultBasemapPath(dataDir));
  return out;
}

Result<DegreeBox> regionBox(const std::string& path) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) return Error{path + ": not a readable GeoPackage; rebuild it with tools/build-geodata.sh"};
  DegreeBox box;
  if (const char* meta = ds->GetMetadataItem("ITINERA_REGION_BBOX")) {
    if (std::sscanf(meta, "%lf,%lf,%lf,%lf", &box.west, &box.south, &box.east, &box.north) == 4) return box;
    return Error{path + ": metadata ITINERA_REGION_BBOX '" + meta + "': expected W,S,E,N in degrees"};
  }
  OGRLayer* countries = ds->GetLayerByName("countries");
  OGREnvelope env;
  if (!countries || countries->GetExtent(&env, TRUE) != OGRERR_NONE)
    return Error{path + ": no ITINERA_REGION_BBOX metadata and no countries layer to take the region's extent from"};
  return DegreeBox{env.MinX, env.MinY, env.MaxX, env.MaxY};
}

Result<Basemap> loadBundledBasemap(const std::string& dataDir, const Projection& projection) {
  BasemapClip regionClip{usableArea(projection), {}};
  BasemapClip worldClip = regionClip;
  Basemap map;
  for (const std::string& path : regionBasemapPaths(dataDir)) {
    auto region = loadBasemap(path, projection, {&regionClip});
    if (!region) return Error{region.error()};
    auto box = regionBox(path);
    if (!box) return Error{box.error()};
    worldClip.cutOut.push_back(box.value());
    appendBasemap(map, std::move(region.value()));
  }
  for (const GeoLayer& l : map.layers) map.detailBounds.extend(l.bounds);
  auto world = loadBasemap(worldBasemapPath(dataDir), projection, {&worldClip});
  if (!world) return Error{world.error()};
  setDetailFloor(world.value(), kWorldDetailMetres);
  appendBasemap(map, std::move(world.value()));
  map.edgeOfMap = projectedOutline(regionClip.keep, projection);
  return map;
}

Result<Basemap> loadBasemapFile(const std::string& path, const Projection& projection) {
  BasemapClip clip{usableArea(projection), {}};
  auto map = loadBasemap(path, projection, {&clip, true});
  if (!map) return map;
  map.value().edgeOfMap = projectedOutline(clip.keep, projection);
  setDetailFloor(map.value(), estimatedDetailFloor(map.value()));
  return map;
}

}  // namespace itinera
