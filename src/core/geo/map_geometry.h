// All basemap geometry as vertex arrays, per layer and per level of detail, built once.
#pragma once

#include <array>
#include <atomic>
#include <map>
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

// The coarsest level whose simplification stays under about a pixel.
size_t lodForScale(double metresPerPixel);

struct FillLayerGeometry {
  std::string name;
  std::array<FillMesh, kLodTolerances.size()> lods;
};

struct LineLayerGeometry {
  std::string name;
  std::array<LineMesh, kLodTolerances.size()> lods;
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

// The built level nearest to `wanted`, preferring the coarser on a tie.
size_t nearestBuiltLevel(const std::array<bool, kLodTolerances.size()>& built, size_t wanted);

}  // namespace itinera
