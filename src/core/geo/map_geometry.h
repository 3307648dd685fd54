// All basemap geometry as vertex arrays, per layer and per level of detail, built once.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <string>

#include "core/geo/basemap.h"
#include "core/geo/mesh_builder.h"

namespace itinera {

// Simplification tolerances in metres: full detail, then coarser for zoomed-out views. They
// double from level to level, so a view draws with a tolerance of half a pixel to a pixel: a
// software rasteriser pays for every triangle, and finer detail would not show.
// The coarsest serve the whole world (about 15 km a pixel across 30,000 km at 1920 pixels).
inline constexpr std::array<double, 13> kLodTolerances = {0.0,   12.5,  25.0,   50.0,   100.0,  200.0,  400.0,
                                                          800.0, 1600.0, 3200.0, 6400.0, 12800.0, 25600.0};
// The level whose tolerance the province fills (highlights) are built with.
inline constexpr size_t kProvinceLevel = 4;

// How far, in pixels, a drawn outline may stray from its source. A software rasteriser pays for
// every triangle, and outlines simplified within 1.5 px instead of 1 have about a third fewer;
// on a 1.1 px coastline the difference cannot be seen.
inline constexpr double kLodPixelTolerance = 1.5;

// The coarsest level whose simplification stays within kLodPixelTolerance pixels.
size_t lodForScale(double metresPerPixel);

// One detail group of a layer (the shapes of one detail floor, GeoFeature::detailFloor) at one
// tolerance. Levels finer than a group's floor draw it at its floor, so they share one mesh, on
// the CPU and, uploaded once, in GL: a world at 200 m is held once for levels 0 to 5, not six times.
template <typename Mesh>
struct MeshPart {
  double floor = 0;
  double tolerance = 0;  // the level's tolerance, or the floor when coarser
  std::shared_ptr<const Mesh> mesh;
};

// A layer at one level: its groups, the detailed ones first, each drawn in turn.
template <typename Mesh>
using LevelMeshes = std::vector<MeshPart<Mesh>>;

struct FillLayerGeometry {
  std::string name;
  std::array<LevelMeshes<FillMesh>, kLodTolerances.size()> lods;
};

struct LineLayerGeometry {
  std::string name;
  std::array<LevelMeshes<LineMesh>, kLodTolerances.size()> lods;
};

struct MapGeometry {
  MapPoint origin;  // every vertex is relative to this point
  std::array<bool, kLodTolerances.size()> built{};  // which levels the meshes hold
  std::vector<FillLayerGeometry> fills;  // in drawing order
  std::vector<LineLayerGeometry> lines;  // in drawing order
  std::map<std::string, FillMesh> provinceFills;  // by province id, for highlighting
  double tessellateMs = 0;
};

// Fill layers: neighbours (other countries' land), panama, lakes.
// Line layers: rivers, province_boundaries, coastline, borders, canal.
// Builds only `levels` (all when empty), in parallel, and the province fills when asked:
// the first build brings them, so a highlight shows from the first frame. Once `cancel` is
// set, no further mesh is started and the result holds no level.
MapGeometry buildMapGeometry(const Basemap& basemap, const std::vector<size_t>& levels = {},
                             bool withProvinceFills = true, const std::atomic<bool>* cancel = nullptr);

// Indices of a layer at one level, all its groups together.
template <typename Mesh>
size_t indexCount(const LevelMeshes<Mesh>& level) {
  size_t n = 0;
  for (const MeshPart<Mesh>& part : level) n += part.mesh->indices.size();
  return n;
}

// Bytes of vertices and indices in all the meshes, each shared mesh counted once.
size_t meshBytes(const MapGeometry& geometry);

// Makes the levels of `into` use the meshes `from` already holds for the same group and
// tolerance (two builds of different levels share what they have in common).
void shareMeshes(MapGeometry& into, const MapGeometry& from);

// The built level nearest to `wanted`, preferring the coarser on a tie.
size_t nearestBuiltLevel(const std::array<bool, kLodTolerances.size()>& built, size_t wanted);

}  // namespace itinera
