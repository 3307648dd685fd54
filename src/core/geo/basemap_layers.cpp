// Finds each map layer's source layer by name, alias or geometry type.
#include "core/geo/basemap_layers.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <set>

namespace itinera {
namespace {

GeometryKind kindOfGeometry(OGRwkbGeometryType t) {
  switch (wkbFlatten(t)) {
    case wkbPolygon:
    case wkbMultiPolygon: return GeometryKind::Polygons;
    case wkbPoint:
    case wkbMultiPoint: return GeometryKind::Points;
    default: return GeometryKind::Lines;
  }
}

bool named(OGRLayer& layer, const std::string& name) { return EQUAL(layer.GetName(), name.c_str()); }

bool namedForAnyRole(OGRLayer& layer) {
  for (const LayerRole& r : basemapLayerRoles()) {
    if (named(layer, r.name)) return true;
    for (const std::string& a : r.aliases)
      if (named(layer, a)) return true;
  }
  return false;
}

}  // namespace

const std::vector<LayerRole>& basemapLayerRoles() {
  using K = GeometryKind;
  static const std::vector<LayerRole> roles = {
      {"land", K::Polygons, {}},
      {"countries", K::Polygons, {"land_polygons", "admin0", "admin_0", "country", "land"}},
      {"provinces", K::Polygons, {"admin1", "admin_1", "states"}},
      {"lakes", K::Polygons, {"water", "lake", "water_polygons"}},
      {"rivers", K::Lines, {"river", "waterways"}},
      {"canal", K::Lines, {"canals"}},
      {"coastline", K::Lines, {"coast", "coastlines", "shoreline"}},
      {"province_boundaries", K::Lines, {"admin1_boundaries", "admin_1_boundaries", "state_boundaries"}},
      {"borders", K::Lines, {"boundaries", "admin0_boundaries", "country_boundaries"}},
      {"labels", K::Points, {"places", "cities", "populated_places"}},
  };
  return roles;
}

OGRLayer* findSourceLayer(GDALDataset& ds, const LayerRole& role, bool byGeometry) {
  for (OGRLayer* l : ds.GetLayers())
    if (named(*l, role.name)) return l;
  if (!byGeometry) return nullptr;  // the bundled files name every layer exactly
  for (const std::string& alias : role.aliases)
    for (OGRLayer* l : ds.GetLayers())
      if (named(*l, alias)) return l;
  // A file that names none of its layers for a role (a single Shapefile, say): its first layer
  // of each geometry fills the land, the borders and the places.
  for (OGRLayer* l : ds.GetLayers())
    if (namedForAnyRole(*l)) return nullptr;
  static const char* byKind[] = {"countries", "borders", "labels"};
  for (OGRLayer* l : ds.GetLayers()) {
    if (wkbFlatten(l->GetGeomType()) == wkbNone) continue;  // a table without geometry
    GeometryKind k = kindOfGeometry(l->GetGeomType());
    if (role.name == byKind[int(k)] && k == role.kind) return l;
  }
  return nullptr;
}

OGRLayer* layerWithoutRole(GDALDataset& ds) {
  std::set<OGRLayer*> taken;
  for (const LayerRole& r : basemapLayerRoles())
    if (OGRLayer* l = findSourceLayer(ds, r, true)) taken.insert(l);
  for (OGRLayer* l : ds.GetLayers())
    if (wkbFlatten(l->GetGeomType()) != wkbNone && !taken.count(l)) return l;
  return nullptr;
}

void fillPlaceDefaults(OGRFeature& f, GeoFeature& place) {
  if (place.kind.empty()) place.kind = "city";
  if (place.rank != 0) return;
  int i = f.GetFieldIndex("population");
  double population = i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsDouble(i) : 0;
  int c = f.GetFieldIndex("capital");
  bool capital = c >= 0 && f.IsFieldSetAndNotNull(c) && f.GetFieldAsInteger(c) != 0;
  place.rank = capital || population >= 5e6 ? 1 : population >= 1e6 ? 2 : 3;
}

}  // namespace itinera
