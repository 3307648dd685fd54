// Which layer of a basemap file feeds which layer of the map (the mapping docs/basemap.md tells).
#pragma once

#include <string>
#include <vector>

#include "core/geo/basemap.h"

class GDALDataset;
class OGRFeature;
class OGRLayer;

namespace itinera {

struct LayerRole {
  std::string name;                  // the map's layer: land, countries, lakes, ...
  GeometryKind kind;
  std::vector<std::string> aliases;  // other source layer names taken for it, case-insensitive
};

// Every map layer, in drawing order (basemapLayerNames()).
const std::vector<LayerRole>& basemapLayerRoles();

// The source layer for `role`: its own name; with `byGeometry` (any file), else an alias, else a file's only
// layer of the role's geometry when no layer of the file is named for any role.
OGRLayer* findSourceLayer(GDALDataset& ds, const LayerRole& role, bool byGeometry);

// The first layer with geometry that no role takes (a second polygon layer in a file that
// names none, or a name docs/basemap.md does not list), or null.
OGRLayer* layerWithoutRole(GDALDataset& ds);

// A place from a user's file: kind "city" when it has none, rank from `population` when it has
// no `rank` (1 from five million or a capital, 2 from a million, else 3).
void fillPlaceDefaults(OGRFeature& f, GeoFeature& place);

}  // namespace itinera
