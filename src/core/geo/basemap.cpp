// Reads the basemap through OGR; all coordinates of a layer are projected in one PROJ call.
#include "core/geo/basemap.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <filesystem>

#include "core/geo/basemap_layers.h"
#include "core/geo/map_geometry.h"
#include "core/io/regular_file.h"

namespace itinera {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Geometry of one layer, still in lon/lat, with where each feature's parts live.
struct RawLayer {
  std::vector<LonLat> coords;
  // Per feature: a list of parts; each part is a list of rings given as [begin, end) ranges.
  std::vector<std::vector<std::vector<std::pair<size_t, size_t>>>> parts;
};

void appendCurve(const OGRSimpleCurve& curve, RawLayer& raw, std::vector<std::pair<size_t, size_t>>& rings) {
  size_t begin = raw.coords.size();
  for (int i = 0; i < curve.getNumPoints(); ++i) raw.coords.push_back({curve.getX(i), curve.getY(i)});
  rings.push_back({begin, raw.coords.size()});
}

void appendPolygon(const OGRPolygon& poly, RawLayer& raw, std::vector<std::vector<std::pair<size_t, size_t>>>& parts) {
  std::vector<std::pair<size_t, size_t>> rings;
  for (const OGRLinearRing* ring : poly) appendCurve(*ring, raw, rings);
  if (!rings.empty()) parts.push_back(std::move(rings));
}

// Flattens any geometry into parts: polygons keep their rings, lines are one-ring parts.
void appendGeometry(const OGRGeometry& g, RawLayer& raw, std::vector<std::vector<std::pair<size_t, size_t>>>& parts) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
      auto& p = *g.toPoint();
      raw.coords.push_back({p.getX(), p.getY()});
      parts.push_back({{raw.coords.size() - 1, raw.coords.size()}});
      break;
    }
    case wkbLineString: {
      std::vector<std::pair<size_t, size_t>> rings;
      appendCurve(*g.toLineString(), raw, rings);
      parts.push_back(std::move(rings));
      break;
    }
    case wkbPolygon: appendPolygon(*g.toPolygon(), raw, parts); break;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbMultiPoint:
    case wkbGeometryCollection:
      for (const OGRGeometry* sub : *g.toGeometryCollection()) appendGeometry(*sub, raw, parts);
      break;
    default: break;
  }
}

std::string field(OGRFeature& f, const char* name) {
  int i = f.GetFieldIndex(name);
  return (i >= 0 && f.IsFieldSetAndNotNull(i)) ? f.GetFieldAsString(i) : "";
}

std::string checkCoords(const RawLayer& raw, const GeoLayer& layer, const std::string& path) {
  for (size_t f = 0; f < raw.parts.size(); ++f)
    for (auto& part : raw.parts[f])
      for (auto [b, e] : part)
        for (size_t i = b; i < e; ++i) {
          LonLat c = raw.coords[i];
          if (!std::isfinite(c.lon) || !std::isfinite(c.lat) || std::abs(c.lon) > 540 || std::abs(c.lat) > 90)
            return path + ": layer '" + layer.name + "', feature " + std::to_string(f + 1) +
                   ": coordinate out of range (expected lon/lat in EPSG:4326)";
        }
  return {};
}

void buildFeatures(const RawLayer& raw, const std::vector<MapPoint>& projected, GeoLayer& layer) {
  for (size_t f = 0; f < raw.parts.size(); ++f) {
    GeoFeature& out = layer.features[f];
    for (auto& part : raw.parts[f]) {
      MapPolygon rings;
      for (auto [b, e] : part) {
        rings.emplace_back(projected.begin() + b, projected.begin() + e);
        for (size_t i = b; i < e; ++i) layer.bounds.extend(projected[i]);
      }
      if (layer.kind == GeometryKind::Polygons) out.polygons.push_back(std::move(rings));
      else if (layer.kind == GeometryKind::Lines) for (auto& r : rings) out.lines.push_back(std::move(r));
      else if (!rings.empty() && !rings[0].empty()) {
        out.point = rings[0][0];
        out.lonLat = raw.coords[part[0].first];
      }
    }
  }
  layer.vertexCount = projected.size();
}

int dimensionOf(GeometryKind kind) {
  return kind == GeometryKind::Polygons ? 2 : kind == GeometryKind::Lines ? 1 : 0;
}

// Lon/lat in WGS 84 for a layer in another CRS; null when it is already (or says nothing).
std::unique_ptr<OGRCoordinateTransformation> toLonLat(OGRLayer& ogr) {
  const OGRSpatialReference* srs = ogr.GetSpatialRef();
  if (!srs) return nullptr;
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (srs->IsGeographic() && srs->IsSameGeogCS(&wgs84)) return nullptr;
  return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(srs, &wgs84));
}

void appendFeatureGeometry(const OGRGeometry& g, const BasemapClip* clip, GeometryKind kind, RawLayer& raw) {
  auto& parts = raw.parts.back();
  if (!clip) return appendGeometry(g, raw, parts);
  for (ClippedPiece& piece : clipGeometry(g, *clip, dimensionOf(kind))) {
    size_t first = raw.coords.size();
    appendGeometry(*piece.geometry, raw, parts);
    for (size_t i = first; i < raw.coords.size(); ++i) raw.coords[i].lon += piece.lonShift;
  }
}

Result<GeoLayer> readLayer(OGRLayer* ogr, const LayerRole& role, const std::string& path, const Projection& projection,
                           const BasemapClip* clip, BasemapTimings& timings) {
  auto t0 = Clock::now();
  GeoLayer layer;
  layer.name = role.name;
  layer.kind = role.kind;
  if (!ogr) return layer;  // a layer the file does not have is drawn empty
  auto reproject = toLonLat(*ogr);
  RawLayer raw;
  CPLErrorReset();
  for (auto& f : *ogr) {
    ++layer.sourceFeatures;
    GeoFeature gf;
    gf.id = field(*f, "id");
    gf.name = field(*f, "name");
    if (gf.name.empty()) gf.name = field(*f, "text");
    gf.kind = field(*f, "kind");
    gf.rank = std::atoi(field(*f, "rank").c_str());
    if (role.name == "labels") fillPlaceDefaults(*f, gf);
    OGRGeometry* g = f->GetGeometryRef();
    if (g && reproject && g->transform(reproject.get()) != OGRERR_NONE)
      return Error{path + ": layer '" + ogr->GetName() + "', feature " + std::to_string(f->GetFID()) +
                   ": cannot be transformed to WGS 84 lon/lat"};
    raw.parts.emplace_back();
    if (g) appendFeatureGeometry(*g, clip, layer.kind, raw);
    if (clip && raw.parts.back().empty() && g) {  // wholly outside: not part of this map
      raw.parts.pop_back();
      continue;
    }
    layer.features.push_back(std::move(gf));
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    return Error{path + ": layer '" + ogr->GetName() + "' is damaged (" + CPLGetLastErrorMsg() + ")"};
  if (std::string bad = checkCoords(raw, layer, path); !bad.empty()) return Error{bad};
  timings.readMs += msSince(t0);
  auto t1 = Clock::now();
  std::vector<MapPoint> projected;
  projection.toMap(raw.coords, projected);
  timings.projectMs += msSince(t1);
  buildFeatures(raw, projected, layer);
  return layer;
}

}  // namespace

const std::vector<std::string>& basemapLayerNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const LayerRole& r : basemapLayerRoles()) out.push_back(r.name);
    return out;
  }();
  return names;
}

const GeoLayer* Basemap::layer(const std::string& name) const {
  for (auto& l : layers)
    if (l.name == name) return &l;
  return nullptr;
}

const GeoFeature* Basemap::feature(const std::string& layerName, const std::string& id) const {
  const GeoLayer* l = layer(layerName);
  if (!l) return nullptr;
  for (auto& f : l->features)
    if (f.id == id) return &f;
  return nullptr;
}

Result<Basemap> loadBasemap(const std::string& path, const Projection& projection, const BasemapReading& how) {
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
    return Error{path + ": basemap file not found (it ships in geodata/; rebuild it with tools/build-geodata.sh)"};
  // GDAL would block on a FIFO and misread a device or a /proc file.
  if (std::string problem = regularFileProblem(path); !problem.empty()) return Error{path + ": " + problem};
  GDALAllRegister();
  // GDAL's messages are folded into ours rather than printed.
  struct QuietGdal {
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
  } quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds && how.anySource)
    return Error{path + ": not a vector file OGR can read (expected a GeoPackage, Shapefile, FlatGeobuf or GeoJSON)"};
  if (!ds)
    return Error{path + ": not a readable GeoPackage (corrupt or of another format); rebuild it with "
                        "tools/build-geodata.sh"};
  if (OGRLayer* stray = how.anySource ? layerWithoutRole(*ds) : nullptr)
    return Error{path + ": layer '" + stray->GetName() +
                 "': no map layer takes it (expected a name docs/basemap.md lists: countries, provinces, lakes, "
                 "rivers, canal, coastline, province_boundaries, borders, labels or an alias; or a file of "
                 "unnamed layers with at most one each of polygons, lines and points)"};
  Basemap map;
  bool anyFound = false;
  for (const LayerRole& role : basemapLayerRoles()) {
    OGRLayer* source = findSourceLayer(*ds, role, how.anySource);
    if (!source && !how.anySource)
      return Error{path + ": layer '" + role.name + "' is missing (rebuild it with tools/build-geodata.sh)"};
    anyFound = anyFound || source;
    auto layer = readLayer(source, role, path, projection, how.clip, map.timings);
    if (!layer) return Error{layer.error()};
    map.layers.push_back(std::move(layer.value()));
  }
  if (!anyFound)
    return Error{path + ": no usable layer (expected a layer named land, countries, lakes, coastline, borders, "
                        "labels or another name docs/basemap.md lists, or one of polygons, lines or points)"};
  size_t features = 0;
  for (const GeoLayer& l : map.layers) features += l.sourceFeatures;
  if (features == 0)  // a blank map would look like a drawing bug, not a broken file
    return Error{path + ": every layer is empty (the file is damaged or was built without data); rebuild it with "
                        "tools/build-geodata.sh"};
  return map;
}

void appendBasemap(Basemap& into, Basemap&& other) {
  for (GeoLayer& from : other.layers) {
    GeoLayer* to = nullptr;
    for (GeoLayer& l : into.layers)
      if (l.name == from.name) to = &l;
    if (!to) {
      into.layers.push_back(std::move(from));
      continue;
    }
    for (GeoFeature& f : from.features) to->features.push_back(std::move(f));
    to->bounds.extend(from.bounds);
    to->vertexCount += from.vertexCount;
  }
  into.timings.readMs += other.timings.readMs;
  into.timings.projectMs += other.timings.projectMs;
}

void setDetailFloor(Basemap& map, double metres) {
  for (GeoLayer& l : map.layers)
    for (GeoFeature& f : l.features) f.detailFloor = metres;
}

double estimatedDetailFloor(const Basemap& map) {
  double length = 0;
  size_t segments = 0;
  auto add = [&](const MapRing& r) {
    for (size_t i = 1; i < r.size(); ++i) length += std::hypot(r[i].x - r[i - 1].x, r[i].y - r[i - 1].y);
    segments += r.size() > 1 ? r.size() - 1 : 0;
  };
  for (const GeoLayer& l : map.layers)
    for (const GeoFeature& f : l.features) {
      for (const MapRing& r : f.lines) add(r);
      for (const MapPolygon& p : f.polygons)
        for (const MapRing& r : p) add(r);
    }
  if (segments == 0 || !std::isfinite(length)) return 0;
  double quarter = length / double(segments) / 4;
  double floor = 0;
  for (double t : kLodTolerances)
    if (t <= quarter) floor = t;
  return floor;
}

std::string defaultBasemapPath(const std::string& dataDir) { return dataDir + "/geodata/panama.gpkg"; }
std::string worldBasemapPath(const std::string& dataDir) { return dataDir + "/geodata/world.gpkg"; }

}  // namespace itinera
