// The world basemap with its detailed regions, the usable part of the globe per CRS, any OGR
// file as a basemap (--basemap), and the committed data's layers and size budget.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>

#include "core/geo/basemap_set.h"

using namespace itinera;
namespace fs = std::filesystem;

namespace {

Projection projection(const std::string& crs) {
  auto p = Projection::create(crs);
  EXPECT_TRUE(p.ok()) << p.error();
  return std::move(p.value());
}

bool insideBox(LonLat p, const DegreeBox& b) { return b.contains(p); }

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("itinera_basemap_set_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A one-layer vector file through GDAL: a polygon, a line or points, in EPSG:4326 unless `epsg`.
void writeVector(const std::string& driver, const fs::path& path, const std::string& layerName,
                 OGRwkbGeometryType type, const std::vector<std::string>& wkts, int epsg = 4326) {
  GDALAllRegister();
  GDALDriver* d = GetGDALDriverManager()->GetDriverByName(driver.c_str());
  ASSERT_NE(d, nullptr) << driver;
  GDALDatasetUniquePtr ds(d->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_TRUE(ds) << path;
  OGRSpatialReference srs;
  srs.importFromEPSG(epsg);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* layer = ds->CreateLayer(layerName.c_str(), &srs, type, nullptr);
  ASSERT_NE(layer, nullptr);
  OGRFieldDefn name("name", OFTString);
  layer->CreateField(&name);
  OGRFieldDefn population("population", OFTInteger);
  layer->CreateField(&population);
  for (const std::string& wkt : wkts) {
    OGRFeature f(layer->GetLayerDefn());
    OGRGeometry* g = nullptr;
    ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt.c_str(), &srs, &g), OGRERR_NONE) << wkt;
    f.SetGeometryDirectly(g);
    f.SetField("name", "Somewhere");
    f.SetField("population", 2000000);
    ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
  }
}

}  // namespace

TEST(UsableArea, UtmKeepsAboutSeventyFiveDegreesEitherSideOfItsMeridian) {
  DegreeBox box = usableArea(projection("EPSG:32617"));  // central meridian 81 W
  EXPECT_NEAR(box.west, -81 - 75, 5);
  EXPECT_NEAR(box.east, -81 + 75, 5);
  EXPECT_LE(box.south, -80);
  EXPECT_GE(box.north, 80);
}

TEST(UsableArea, MercatorKeepsTheWholeWidthButNotThePoles) {
  DegreeBox box = usableArea(projection("EPSG:3857"));
  EXPECT_EQ(box.west, -180);
  EXPECT_EQ(box.east, 180);
  EXPECT_LT(box.north, 85);
  EXPECT_GT(box.north, 60);
}

TEST(BundledBasemap, PanamaIsDrawnFromItsRegionAndTheRestFromTheWorld) {
  Projection utm = projection(kDefaultCrs);
  auto map = loadBundledBasemap(ITINERA_SOURCE_DIR, utm);
  ASSERT_TRUE(map.ok()) << map.error();
  auto region = loadBasemap(defaultBasemapPath(ITINERA_SOURCE_DIR), utm);
  ASSERT_TRUE(region.ok()) << region.error();
  auto box = regionBox(defaultBasemapPath(ITINERA_SOURCE_DIR));
  ASSERT_TRUE(box.ok()) << box.error();
  EXPECT_DOUBLE_EQ(box->west, -84.5);
  EXPECT_DOUBLE_EQ(box->north, 11.0);
  // Inside the region's box, only the region's own labels: none from the world doubles them.
  size_t inRegion = 0, world = 0;
  for (const GeoFeature& f : map->layer("labels")->features)
    insideBox(f.lonLat, box.value()) ? ++inRegion : ++world;
  EXPECT_EQ(inRegion, region->layer("labels")->features.size());
  EXPECT_GT(world, 300u) << "the world's cities and countries";
  EXPECT_NE(map->feature("countries", "PAN"), nullptr);
  EXPECT_FALSE(map->edgeOfMap.empty()) << "UTM cannot draw the whole globe";
}

TEST(BundledBasemap, NothingIsDrawnWhereTheProjectionTears) {
  Projection utm = projection(kDefaultCrs);
  auto map = loadBundledBasemap(ITINERA_SOURCE_DIR, utm);
  ASSERT_TRUE(map.ok()) << map.error();
  DegreeBox keep = usableArea(utm);
  for (const GeoFeature& f : map->layer("labels")->features)
    ASSERT_TRUE(keep.contains(f.lonLat)) << f.name << " at " << f.lonLat.lon << ", " << f.lonLat.lat;
  // Every projected vertex is finite and within the map the edge encloses.
  MapBox edge;
  for (MapPoint p : map->edgeOfMap) edge.extend(p);
  for (const GeoFeature& f : map->layer("countries")->features)
    for (const MapPolygon& poly : f.polygons)
      for (const MapRing& ring : poly)
        for (MapPoint p : ring) {
          ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
          ASSERT_TRUE(p.x >= edge.min.x - 1 && p.x <= edge.max.x + 1 && p.y >= edge.min.y - 1 && p.y <= edge.max.y + 1);
        }
}

TEST(BasemapFile, AShapefileAndAFlatGeobufMadeWithGdal) {
  fs::path dir = scratch("formats");
  writeVector("ESRI Shapefile", dir / "island.shp", "island", wkbPolygon,
              {"POLYGON ((-80 8,-79 8,-79 9,-80 9,-80 8))"});
  writeVector("FlatGeobuf", dir / "coast.fgb", "coast", wkbLineString, {"LINESTRING (-80 8,-79 8,-79 9)"});
  Projection utm = projection(kDefaultCrs);
  auto shp = loadBasemapFile((dir / "island.shp").string(), utm);
  ASSERT_TRUE(shp.ok()) << shp.error();
  ASSERT_EQ(shp->layer("countries")->features.size(), 1u) << "a file's only polygon layer is the land";
  EXPECT_EQ(shp->layer("countries")->features[0].polygons.size(), 1u);
  EXPECT_TRUE(shp->layer("lakes")->features.empty());
  auto fgb = loadBasemapFile((dir / "coast.fgb").string(), utm);
  ASSERT_TRUE(fgb.ok()) << fgb.error();
  EXPECT_EQ(fgb->layer("coastline")->features.size(), 1u) << "a layer named 'coast' is the coastline";
  EXPECT_TRUE(fgb->layer("borders")->features.empty());
  fs::remove_all(dir);
}

TEST(BasemapFile, PlacesGetAKindAndARankFromTheirPopulation) {
  fs::path dir = scratch("places");
  writeVector("GeoJSON", dir / "towns.geojson", "cities", wkbPoint, {"POINT (-79.5 8.9)"});
  auto map = loadBasemapFile((dir / "towns.geojson").string(), projection(kDefaultCrs));
  ASSERT_TRUE(map.ok()) << map.error();
  ASSERT_EQ(map->layer("labels")->features.size(), 1u);
  EXPECT_EQ(map->layer("labels")->features[0].kind, "city");
  EXPECT_EQ(map->layer("labels")->features[0].rank, 2);
  fs::remove_all(dir);
}

TEST(BasemapFile, AProjectedFileIsBroughtToLonLat) {
  fs::path dir = scratch("projected");
  // A square around Panama City in UTM 17N metres.
  writeVector("GeoJSON", dir / "land.geojson", "land_polygons", wkbPolygon,
              {"POLYGON ((650000 980000,670000 980000,670000 1000000,650000 1000000,650000 980000))"}, 32617);
  auto map = loadBasemapFile((dir / "land.geojson").string(), projection(kDefaultCrs));
  ASSERT_TRUE(map.ok()) << map.error();
  const GeoLayer& land = *map->layer("countries");
  ASSERT_EQ(land.features.size(), 1u);
  EXPECT_NEAR(land.bounds.min.x, 650000, 1);
  EXPECT_NEAR(land.bounds.max.y, 1000000, 1);
  fs::remove_all(dir);
}

TEST(BasemapFile, UnreadableOrUnusableFilesAreNamed) {
  fs::path dir = scratch("bad");
  Projection utm = projection(kDefaultCrs);
  std::ofstream(dir / "notes.txt") << "not a map\n";
  auto text = loadBasemapFile((dir / "notes.txt").string(), utm);
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().find((dir / "notes.txt").string() + ": not a vector file OGR can read"), std::string::npos)
      << text.error();
  std::ofstream(dir / "table.csv") << "a,b\n1,2\n";
  auto table = loadBasemapFile((dir / "table.csv").string(), utm);
  ASSERT_FALSE(table.ok());
  EXPECT_NE(table.error().find("table.csv: no usable layer"), std::string::npos) << table.error();
  fs::remove_all(dir);
}

TEST(WorldData, HasEveryLayerAndStaysWithinItsBudget) {
  fs::path geodata = fs::path(ITINERA_SOURCE_DIR) / "geodata";
  uintmax_t bytes = 0;
  for (auto& e : fs::recursive_directory_iterator(geodata))
    if (e.is_regular_file()) bytes += e.file_size();
  EXPECT_LE(bytes, 25u * 1024 * 1024) << "geodata/ is committed: at most 25 MiB in all";
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(worldBasemapPath(ITINERA_SOURCE_DIR).c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(ds);
  for (const std::string& name : basemapLayerNames()) EXPECT_NE(ds->GetLayerByName(name.c_str()), nullptr) << name;
  EXPECT_GT(ds->GetLayerByName("countries")->GetFeatureCount(), 5000) << "GSHHG land polygons";
  EXPECT_GT(ds->GetLayerByName("borders")->GetFeatureCount(), 100);
  EXPECT_GT(ds->GetLayerByName("province_boundaries")->GetFeatureCount(), 1000) << "Natural Earth admin-1";
  EXPECT_GT(ds->GetLayerByName("lakes")->GetFeatureCount(), 100);
  EXPECT_GT(ds->GetLayerByName("labels")->GetFeatureCount(), 1000) << "cities and countries";
  OGREnvelope world;
  ASSERT_EQ(ds->GetLayerByName("countries")->GetExtent(&world), OGRERR_NONE);
  EXPECT_LT(world.MinX, -170);
  EXPECT_GT(world.MaxX, 170);
  EXPECT_LT(world.MinY, -60) << "Antarctica";
}

TEST(BundledBasemap, OnlyGeoPackagesBuiltAsRegionsAreRegions) {
  fs::path data = scratch("regions");
  fs::create_directories(data / "geodata");
  writeVector("GPKG", data / "geodata" / "zones.gpkg", "zones", wkbPolygon, {"POLYGON((0 0,1 0,1 1,0 0))"});
  writeVector("GPKG", data / "geodata" / "alps.gpkg", "countries", wkbPolygon, {"POLYGON((6 45,8 45,8 47,6 45))"});
  {
    GDALDatasetUniquePtr alps(GDALDataset::Open((data / "geodata" / "alps.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(alps);
    alps->SetMetadataItem("ITINERA_REGION_BBOX", "6,45,8,47");
  }
  std::vector<std::string> paths = regionBasemapPaths(data.string());
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(paths[0], defaultBasemapPath(data.string()));
  EXPECT_EQ(fs::path(paths[1]).filename(), "alps.gpkg") << "a GeoPackage without the region's box is not a basemap";
  fs::remove_all(data);
}
