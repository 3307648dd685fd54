// Builds every layer's meshes; levels of detail are built in parallel.
#include "core/map_geometry.h"

#include <chrono>
#include <future>

namespace itinera {
namespace {

std::vector<const MapPolygon*> countryPolygons(const GeoLayer& countries, bool panama) {
  std::vector<const MapPolygon*> out;
  for (auto& f : countries.features)
    if ((f.id == "PAN") == panama)
      for (auto& p : f.polygons) out.push_back(&p);
  return out;
}

// Finer levels get smaller tiles, so a zoomed-in view draws only the few it sees.
double tileSize(double tolerance) { return std::max(20000.0, tolerance * 800); }

template <typename Mesh, typename Build>
std::array<Mesh, kLodTolerances.size()> buildLods(Build build) {
  std::array<std::future<Mesh>, kLodTolerances.size()> jobs;
  for (size_t i = 0; i < jobs.size(); ++i)
    jobs[i] = std::async(std::launch::async, build, kLodTolerances[i]);
  std::array<Mesh, kLodTolerances.size()> out;
  for (size_t i = 0; i < jobs.size(); ++i) out[i] = jobs[i].get();
  return out;
}

FillLayerGeometry fillLayer(const std::string& name, std::vector<const MapPolygon*> polygons, MapPoint origin) {
  return {name, buildLods<FillMesh>([&](double tol) {
            FillMesh mesh = buildFillMesh(polygons, origin, tol);
            sortIntoTiles(mesh, tileSize(tol));
            return mesh;
          })};
}

LineLayerGeometry lineLayer(const std::string& name, std::vector<const MapRing*> lines, MapPoint origin) {
  return {name, buildLods<LineMesh>([&](double tol) {
            LineMesh mesh = buildLineMesh(lines, origin, tol);
            sortIntoTiles(mesh, tileSize(tol));
            return mesh;
          })};
}

}  // namespace

size_t lodForScale(double metresPerPixel) {
  size_t lod = 0;
  for (size_t i = 0; i < kLodTolerances.size(); ++i)
    if (kLodTolerances[i] <= metresPerPixel) lod = i;
  return lod;
}

MapGeometry buildMapGeometry(const Basemap& basemap) {
  auto t0 = std::chrono::steady_clock::now();
  MapGeometry g;
  MapBox all;
  for (auto& l : basemap.layers) all.extend(l.bounds);
  g.origin = all.center();
  auto layer = [&](const char* name) -> const GeoLayer& { return *basemap.layer(name); };
  g.fills.push_back(fillLayer("neighbours", countryPolygons(layer("countries"), false), g.origin));
  g.fills.push_back(fillLayer("panama", countryPolygons(layer("countries"), true), g.origin));
  g.fills.push_back(fillLayer("lakes", layerPolygons(layer("lakes")), g.origin));
  for (const char* name : {"rivers", "province_boundaries", "coastline", "borders", "canal"})
    g.lines.push_back(lineLayer(name, layerLines(layer(name)), g.origin));
  for (auto& f : layer("provinces").features) {
    std::vector<const MapPolygon*> polygons;
    for (auto& p : f.polygons) polygons.push_back(&p);
    g.provinceFills[f.id] = buildFillMesh(polygons, g.origin, kLodTolerances[2]);
    sortIntoTiles(g.provinceFills[f.id], 1e9);
  }
  g.tessellateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return g;
}

}  // namespace itinera
