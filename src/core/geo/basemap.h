// The basemap: GeoPackage layers read through GDAL/OGR and projected once at load.
#pragma once

#include <string>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/geo/projection.h"
#include "core/io/result.h"

namespace itinera {

using MapRing = std::vector<MapPoint>;
using MapPolygon = std::vector<MapRing>;  // outer ring first, then holes

enum class GeometryKind { Polygons, Lines, Points };

struct GeoFeature {
  std::string id;
  std::string name;   // `name`, or `text` for labels
  std::string kind;
  int rank = 0;
  std::vector<MapPolygon> polygons;
  std::vector<MapRing> lines;
  MapPoint point;
  LonLat lonLat;  // for points: the original coordinate
};

struct GeoLayer {
  std::string name;
  GeometryKind kind = GeometryKind::Lines;
  std::vector<GeoFeature> features;
  MapBox bounds;
  size_t vertexCount = 0;
};

struct BasemapTimings {
  double readMs = 0;
  double projectMs = 0;
};

struct Basemap {
  std::vector<GeoLayer> layers;
  BasemapTimings timings;

  const GeoLayer* layer(const std::string& name) const;
  const GeoFeature* feature(const std::string& layerName, const std::string& id) const;
};

// The layers Itinera draws, in drawing order; each must be present in the file.
const std::vector<std::string>& basemapLayerNames();

// Reads every basemap layer of `path`, projecting with `projection`. Errors name the
// file, the layer and, for bad geometry, the feature.
Result<Basemap> loadBasemap(const std::string& path, const Projection& projection);

// The bundled basemap, relative to the data directory.
std::string defaultBasemapPath(const std::string& dataDir);

}  // namespace itinera
