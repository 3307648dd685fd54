// Builds every layer's meshes; levels of detail are built in parallel.
#include "core/geo/map_geometry.h"

#include <chrono>
#include <future>

namespace itinera {
namespace {

// A layer's shapes grouped by their sources' detail floor (GeoFeature::detailFloor).
template <typename Shape>
using ByFloor = std::map<double, std::vector<const Shape*>>;

ByFloor<MapPolygon> countryPolygons(const GeoLayer& countries, bool panama) {
  ByFloor<MapPolygon> out;
  for (auto& f : countries.features)
    if ((f.id == "PAN") == panama)
      for (auto& p : f.polygons) out[f.detailFloor].push_back(&p);
  return out;
}

ByFloor<MapPolygon> polygonsByFloor(const GeoLayer& layer) {
  ByFloor<MapPolygon> out;
  for (auto& f : layer.features)
    for (auto& p : f.polygons) out[f.detailFloor].push_back(&p);
  return out;
}

ByFloor<MapRing> linesByFloor(const GeoLayer& layer) {
  ByFloor<MapRing> out;
  for (auto& f : layer.features)
    for (auto& l : f.lines) out[f.detailFloor].push_back(&l);
  return out;
}

template <typename Mesh>
void appendMesh(Mesh& into, Mesh&& from) {
  if (into.vertices.empty()) {
    into = std::move(from);
    return;
  }
  auto base = uint32_t(into.vertices.size());
  into.vertices.insert(into.vertices.end(), from.vertices.begin(), from.vertices.end());
  for (uint32_t i : from.indices) into.indices.push_back(base + i);
}

// Each group at the level's tolerance, or its floor when coarser; the detailed groups first.
template <typename Mesh, typename Shape, typename Build>
Mesh buildByFloor(const ByFloor<Shape>& groups, double tolerance, Build build) {
  Mesh mesh;
  for (auto& [floor, shapes] : groups) appendMesh(mesh, build(shapes, std::max(tolerance, floor), floor == 0));
  return mesh;
}

// Finer levels get smaller tiles, so a zoomed-in view draws only the few it sees.
double tileSize(double tolerance) { return std::max(20000.0, tolerance * 800); }

using Levels = std::vector<size_t>;

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

template <typename Mesh, typename Build>
std::array<Mesh, kLodTolerances.size()> buildLods(const Levels& levels, const std::atomic<bool>* cancel, Build build) {
  std::vector<std::future<Mesh>> jobs;
  for (size_t level : levels)
    jobs.push_back(std::async(std::launch::async, [&build, cancel, tol = kLodTolerances[level]] {
      return isCancelled(cancel) ? Mesh{} : build(tol);
    }));
  std::array<Mesh, kLodTolerances.size()> out;
  for (size_t i = 0; i < levels.size(); ++i) out[levels[i]] = jobs[i].get();
  return out;
}

FillLayerGeometry fillLayer(const std::string& name, const ByFloor<MapPolygon>& polygons, MapPoint origin,
                            const Levels& levels, const std::atomic<bool>* cancel) {
  return {name, buildLods<FillMesh>(levels, cancel, [&](double tol) {
            FillMesh mesh = buildByFloor<FillMesh>(polygons, tol, [&](auto& shapes, double t, bool detailed) {
              return buildFillMesh(shapes, origin, t, detailed);
            });
            sortIntoTiles(mesh, tileSize(tol));
            return mesh;
          })};
}

LineLayerGeometry lineLayer(const std::string& name, const ByFloor<MapRing>& lines, MapPoint origin,
                            const Levels& levels, const std::atomic<bool>* cancel) {
  return {name, buildLods<LineMesh>(levels, cancel, [&](double tol) {
            LineMesh mesh = buildByFloor<LineMesh>(lines, tol, [&](auto& shapes, double t, bool) {
              return buildLineMesh(shapes, origin, t);
            });
            sortIntoTiles(mesh, tileSize(tol));
            return mesh;
          })};
}

void buildProvinceFills(const GeoLayer& provinces, MapGeometry& g) {
  for (auto& f : provinces.features) {
    std::vector<const MapPolygon*> polygons;
    for (auto& p : f.polygons) polygons.push_back(&p);
    g.provinceFills[f.id] = buildFillMesh(polygons, g.origin, kLodTolerances[kProvinceLevel]);
    sortIntoTiles(g.provinceFills[f.id], 1e9);
  }
}

}  // namespace

size_t lodForScale(double metresPerPixel) {
  size_t lod = 0;
  for (size_t i = 0; i < kLodTolerances.size(); ++i)
    if (kLodTolerances[i] <= metresPerPixel) lod = i;
  return lod;
}

size_t nearestBuiltLevel(const std::array<bool, kLodTolerances.size()>& built, size_t wanted) {
  for (size_t d = 0; d < built.size(); ++d) {
    if (wanted + d < built.size() && built[wanted + d]) return wanted + d;
    if (d <= wanted && built[wanted - d]) return wanted - d;
  }
  return wanted;
}

MapGeometry buildMapGeometry(const Basemap& basemap, const std::vector<size_t>& wanted, bool withProvinceFills,
                             const std::atomic<bool>* cancel) {
  auto t0 = std::chrono::steady_clock::now();
  Levels levels = wanted;
  if (levels.empty())
    for (size_t i = 0; i < kLodTolerances.size(); ++i) levels.push_back(i);
  MapGeometry g;
  for (size_t level : levels) g.built[level] = true;
  MapBox all;
  for (auto& l : basemap.layers) all.extend(l.bounds);
  g.origin = basemap.detailBounds.empty() ? all.center() : basemap.detailBounds.center();
  auto layer = [&](const char* name) -> const GeoLayer& { return *basemap.layer(name); };
  g.fills.push_back(fillLayer("neighbours", countryPolygons(layer("countries"), false), g.origin, levels, cancel));
  g.fills.push_back(fillLayer("panama", countryPolygons(layer("countries"), true), g.origin, levels, cancel));
  g.fills.push_back(fillLayer("lakes", polygonsByFloor(layer("lakes")), g.origin, levels, cancel));
  for (const char* name : {"rivers", "province_boundaries", "coastline", "borders", "canal"})
    g.lines.push_back(lineLayer(name, linesByFloor(layer(name)), g.origin, levels, cancel));
  if (withProvinceFills && !isCancelled(cancel)) buildProvinceFills(layer("provinces"), g);
  if (isCancelled(cancel)) g.built = {};  // some meshes are missing: none may be drawn
  g.tessellateMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return g;
}

}  // namespace itinera
