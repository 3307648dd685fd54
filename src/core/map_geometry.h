// All basemap geometry as vertex arrays, per layer and per level of detail, built once.
#pragma once

#include <array>
#include <map>
#include <string>

#include "core/basemap.h"
#include "core/mesh_builder.h"

namespace itinera {

// Simplification tolerances in metres: full detail, then coarser for zoomed-out views.
inline constexpr std::array<double, 4> kLodTolerances = {0.0, 25.0, 100.0, 400.0};

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
// Builds only `levels` (all when empty), in parallel; province fills come with level 2.
MapGeometry buildMapGeometry(const Basemap& basemap, const std::vector<size_t>& levels = {});

// The built level nearest to `wanted`, preferring the coarser on a tie.
size_t nearestBuiltLevel(const std::array<bool, kLodTolerances.size()>& built, size_t wanted);

}  // namespace itinera
