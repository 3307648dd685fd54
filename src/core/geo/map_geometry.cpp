// Builds every layer's meshes; levels of detail are built in parallel.
#include "core/geo/map_geometry.h"

#include <chrono>
#include <future>
#include <set>

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

// Finer levels get smaller tiles, so a zoomed-in view draws only the few it sees.
double tileSize(double tolerance) { return std::max(20000.0, tolerance * 800); }

using Levels = std::vector<size_t>;

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Each group at the level's tolerance, or its floor when coarser; one job per group and
// tolerance, so the levels under a group's floor share its mesh. `build(shapes, tolerance,
// detailed)` makes one group's mesh.
template <typename Mesh, typename Shape, typename Build>
std::array<LevelMeshes<Mesh>, kLodTolerances.size()> buildLods(const ByFloor<Shape>& groups, const Levels& levels,
                                                                const std::atomic<bool>* cancel, Build build) {
  using Job = std::shared_future<std::shared_ptr<const Mesh>>;
  std::map<std::pair<double, double>, Job> jobs;  // by floor and tolerance
  for (size_t level : levels)
    for (auto group = groups.begin(); group != groups.end(); ++group) {
      double floor = group->first, tolerance = std::max(kLodTolerances[level], floor);
      Job& job = jobs[{floor, tolerance}];
      if (job.valid()) continue;
      job = std::async(std::launch::async, [&build, &shapes = group->second, cancel, tolerance, floor] {
              Mesh mesh;
              if (!isCancelled(cancel)) mesh = build(shapes, tolerance, floor == 0);
              sortIntoTiles(mesh, tileSize(tolerance));
              return std::shared_ptr<const Mesh>(std::make_shared<Mesh>(std::move(mesh)));
            }).share();
    }
  std::array<LevelMeshes<Mesh>, kLodTolerances.size()> out;
  for (size_t level : levels)
    for (auto& [floor, shapes] : groups) {
      double tolerance = std::max(kLodTolerances[level], floor);
      out[level].push_back({floor, tolerance, jobs[{floor, tolerance}].get()});
    }
  return out;
}

FillLayerGeometry fillLayer(const std::string& name, const ByFloor<MapPolygon>& polygons, MapPoint origin,
                            const Levels& levels, const std::atomic<bool>* cancel) {
  return {name, buildLods<FillMesh>(polygons, levels, cancel, [origin](auto& shapes, double t, bool detailed) {
            return buildFillMesh(shapes, origin, t, detailed);
          })};
}

LineLayerGeometry lineLayer(const std::string& name, const ByFloor<MapRing>& lines, MapPoint origin,
                            const Levels& levels, const std::atomic<bool>* cancel) {
  return {name, buildLods<LineMesh>(lines, levels, cancel, [origin](auto& shapes, double t, bool) {
            return buildLineMesh(shapes, origin, t);
          })};
}

template <typename Mesh>
size_t bytesOf(const Mesh& mesh) {
  return mesh.vertices.size() * sizeof(mesh.vertices[0]) + mesh.indices.size() * sizeof(uint32_t) +
         mesh.tiles.size() * sizeof(MeshTile);
}

// Points each part of `into` at the mesh of `from` built for the same group and tolerance.
template <typename Layer>
void shareLayers(std::vector<Layer>& into, const std::vector<Layer>& from) {
  for (size_t i = 0; i < into.size() && i < from.size(); ++i)
    for (auto& level : into[i].lods)
      for (auto& part : level)
        for (auto& other : from[i].lods)
          for (auto& same : other)
            if (same.floor == part.floor && same.tolerance == part.tolerance) part.mesh = same.mesh;
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

size_t meshBytes(const MapGeometry& geometry) {
  std::set<const void*> counted;
  size_t bytes = 0;
  auto add = [&](auto& layers) {
    for (auto& layer : layers)
      for (auto& level : layer.lods)
        for (auto& part : level)
          if (counted.insert(part.mesh.get()).second) bytes += bytesOf(*part.mesh);
  };
  add(geometry.fills);
  add(geometry.lines);
  for (auto& [id, mesh] : geometry.provinceFills) bytes += bytesOf(mesh);
  return bytes;
}

void shareMeshes(MapGeometry& into, const MapGeometry& from) {
  shareLayers(into.fills, from.fills);
  shareLayers(into.lines, from.lines);
}

size_t lodForScale(double metresPerPixel) {
  size_t lod = 0;
  for (size_t i = 0; i < kLodTolerances.size(); ++i)
    if (kLodTolerances[i] <= kLodPixelTolerance * metresPerPixel) lod = i;
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
