// Builds every layer's meshes; levels of detail are built in parallel.
#include "core/map_geometry.h"

#include <chrono>
#include <future>

namespace itinera {
namespace {

std::vector<const Polygon*> countryPolygons(const GeoLayer& countries, const std::string& id) {
  std::vector<const Polygon*> out;
  for (auto& f : countries.features)
    if (f.id == id)
      for (auto& p : f.polygons) out.push_back(&p);
  return out;
}

template <typename Mesh, typename Build>
std::array<Mesh, kLodTolerances.size()> buildLods(Build build) {
  std::array<std::future<Mesh>, kLodTolerances.size()> jobs;
  for (size_t i = 0; i < jobs.size(); ++i)
    jobs[i] = std::async(std::launch::async, build, kLodTolerances[i]);
  std::array<Mesh, kLodTolerances.size()> out;
  for (size_t i = 0; i < jobs.size(); ++i) out[i] = jobs[i].get();
  return out;
}

FillLayerGeometry fillLayer(const std::string& name, std::vector<const Polygon*> polygons, MapPoint origin) {
  return {name, buildLods<FillMesh>([&](double tol) { return buildFillMesh(polygons, origin, tol); })};
}

LineLayerGeometry lineLayer(const std::string& name, std::vector<const Ring*> lines, MapPoint origin) {
  return {name, buildLods<LineMesh>([&](double tol) { return buildLineMesh(lines, origin, tol); })};
}

}  // namespace

size_t lodForScale(double metresPerPixel) {
  size_t lod = 0;
  for (size_t i = 0; i < kLodTolerances.size(); ++i)
    if (kLodTolerances[i] <= 0.5 * metresPerPixel) lod = i;
  return lod;
}

MapGeometry buildMapGeometry(const Basemap& basemap) {
  auto t0 = std::chrono::steady_clock::now();
  MapGeometry g;
  MapBox all;
  for (auto& l : basemap.layers) all.extend(l.bounds);
  g.origin = all.center();
  auto layer = [&](const char* name) -> const GeoLayer& { return *basemap.layer(name); };
  g.fills.push_back(fillLayer("land", layerPolygons(layer("land")), g.origin));
  g.fills.push_back(fillLayer("panama", countryPolygons(layer("countries"), "PAN"), g.origin));
  g.fills.push_back(fillLayer("lakes", layerPolygons(layer("lakes")), g.origin));
  for (const char* name : {"rivers", "province_boundaries", "coastline", "borders", "canal"})
    g.lines.push_back(lineLayer(name, layerLines(layer(name)), g.origin));
  for (auto& f : layer("provinces").features) {
    std::vector<const Polygon*> polygons;
    for (auto& p : f.polygons) polygons.push_back(&p);
    g.provinceFills[f.id] = buildFillMesh(polygons, g.origin, kLodTolerances[1]);
  }
  g.tessellateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return g;
}

}  // namespace itinera
