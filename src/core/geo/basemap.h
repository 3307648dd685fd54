// The basemap: GeoPackage layers read through GDAL/OGR and projected once at load.
#pragma once

#include <string>
#include <vector>

#include "core/geo/basemap_clip.h"
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
  // Metres: the source is no finer than this, so finer levels of detail draw it simplified to
  // this tolerance, in cells of that level's size (a world coastline at full detail would cut
  // the whole globe into millions of small cells).
  double detailFloor = 0;
};

struct GeoLayer {
  std::string name;
  GeometryKind kind = GeometryKind::Lines;
  std::vector<GeoFeature> features;
  MapBox bounds;
  size_t vertexCount = 0;
  size_t sourceFeatures = 0;  // features in the file, before clipping
};

struct BasemapTimings {
  double readMs = 0;
  double projectMs = 0;
};

struct Basemap {
  std::vector<GeoLayer> layers;
  // The edge of the part of the globe the projection can draw, projected; beyond it the map
  // shows no data. Empty when the whole globe fits.
  MapRing edgeOfMap;
  // The detailed region's extent (empty for a single file): the meshes' origin is its centre,
  // so the region's float vertices are exactly as they were without the world around it.
  MapBox detailBounds;
  BasemapTimings timings;

  const GeoLayer* layer(const std::string& name) const;
  const GeoFeature* feature(const std::string& layerName, const std::string& id) const;
};

// The layers Itinera draws, in drawing order; each must be present in the file.
const std::vector<std::string>& basemapLayerNames();

struct BasemapReading {
  const BasemapClip* clip = nullptr;  // cut to this area; null keeps all
  // Any OGR file: layers found by name, alias or geometry (docs/basemap.md), missing ones
  // empty. Otherwise (the bundled files) every layer must be there by its own name.
  bool anySource = false;
};

// Reads every basemap layer of `path`, projecting with `projection`. Errors name the
// file, the layer and, for bad geometry, the feature.
Result<Basemap> loadBasemap(const std::string& path, const Projection& projection, const BasemapReading& how = {});

// Sets every feature's detailFloor to `metres`.
void setDetailFloor(Basemap& map, double metres);

// The level tolerance just under a quarter of the mean segment length of the map's lines and
// rings: what a file's own vertex spacing says about its detail.
double estimatedDetailFloor(const Basemap& map);

// Adds `other`'s features to this map's layers of the same name.
void appendBasemap(Basemap& into, Basemap&& other);

// The bundled detailed basemap (Panama) and the world, relative to the data directory.
std::string defaultBasemapPath(const std::string& dataDir);
std::string worldBasemapPath(const std::string& dataDir);

}  // namespace itinera
