// Loading the bundled basemap: every layer, its features and fields, projected once.
#include "core/geo/basemap.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "core/geo/map_geometry.h"

using namespace itinera;

namespace {

class BasemapTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto p = Projection::create(kDefaultCrs);
    ASSERT_TRUE(p.ok());
    projection_ = new Projection(std::move(p.value()));
    auto m = loadBasemap(defaultBasemapPath(ITINERA_SOURCE_DIR), *projection_);
    ASSERT_TRUE(m.ok()) << m.error();
    map_ = new Basemap(std::move(m.value()));
  }
  static void TearDownTestSuite() {
    delete map_;
    delete projection_;
  }
  static inline Projection* projection_ = nullptr;
  static inline Basemap* map_ = nullptr;
};

}  // namespace

TEST_F(BasemapTest, EveryLayerIsLoadedWithTheFileFeatureCount) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(defaultBasemapPath(ITINERA_SOURCE_DIR).c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(ds);
  ASSERT_EQ(map_->layers.size(), basemapLayerNames().size());
  for (const std::string& name : basemapLayerNames()) {
    const GeoLayer* layer = map_->layer(name);
    ASSERT_NE(layer, nullptr) << name;
    EXPECT_EQ(GIntBig(layer->features.size()), ds->GetLayerByName(name.c_str())->GetFeatureCount()) << name;
    EXPECT_GT(layer->vertexCount, 0u) << name;
  }
}

TEST_F(BasemapTest, GeometryKindsMatchTheLayers) {
  EXPECT_EQ(map_->layer("land")->kind, GeometryKind::Polygons);
  EXPECT_EQ(map_->layer("provinces")->kind, GeometryKind::Polygons);
  EXPECT_EQ(map_->layer("coastline")->kind, GeometryKind::Lines);
  EXPECT_EQ(map_->layer("canal")->kind, GeometryKind::Lines);
  EXPECT_EQ(map_->layer("labels")->kind, GeometryKind::Points);
}

TEST_F(BasemapTest, ShorelineIsFullResolution) {
  // GSHHG's full resolution has tens of thousands of vertices here; the coarser ones far fewer.
  EXPECT_GT(map_->layer("coastline")->vertexCount, 40000u);
  EXPECT_GT(map_->layer("land")->vertexCount, 40000u);
}

TEST_F(BasemapTest, ProvincesAndCountriesCarryTheirIds) {
  std::set<std::string> provinces, countries;
  for (auto& f : map_->layer("provinces")->features) provinces.insert(f.id);
  for (auto& f : map_->layer("countries")->features) countries.insert(f.id);
  for (const char* id : {"darien", "panama", "colon", "guna-yala", "embera-wounaan", "chiriqui"})
    EXPECT_TRUE(provinces.count(id)) << id;
  for (const char* id : {"PAN", "CRI", "COL"}) EXPECT_TRUE(countries.count(id)) << id;
  EXPECT_EQ(map_->feature("provinces", "darien")->name, "Darién");
}

TEST_F(BasemapTest, CoordinatesAreProjectedToTheMapCrs) {
  // The Darién lies east of Panama City: larger UTM eastings.
  const GeoFeature* darien = map_->feature("provinces", "darien");
  ASSERT_NE(darien, nullptr);
  MapPoint city = projection_->toMap({-79.5347, 8.9711});
  MapBox box;
  for (auto& poly : darien->polygons)
    for (auto& p : poly[0]) box.extend(p);
  EXPECT_GT(box.min.x, city.x);
  EXPECT_NEAR(box.center().y, projection_->toMap({-77.8, 8.1}).y, 60000);
}

TEST_F(BasemapTest, LabelsKeepTheirTextKindAndLonLat) {
  bool found = false;
  for (auto& f : map_->layer("labels")->features)
    if (f.name == "Panama City") {
      found = true;
      EXPECT_EQ(f.kind, "city");
      EXPECT_NEAR(f.lonLat.lon, -79.53, 0.05);
    }
  EXPECT_TRUE(found);
}

TEST_F(BasemapTest, MeshesCoverTheLandAtEveryLevel) {
  MapGeometry g = buildMapGeometry(*map_);
  ASSERT_EQ(g.fills.size(), 3u);
  for (auto& layer : g.fills)
    for (size_t lod = 0; lod < kLodTolerances.size(); ++lod) {
      // Panama's lakes are all under two pixels at the world's levels (12.8 km and more).
      if (layer.name == "lakes" && kLodTolerances[lod] > 10000) continue;
      EXPECT_GT(indexCount(layer.lods[lod]), 0u) << layer.name << " lod " << lod;
      for (auto& part : layer.lods[lod])
        EXPECT_EQ(part.mesh->tiles.empty(), part.mesh->indices.empty()) << layer.name << " lod " << lod;
    }
  // Coarser levels have fewer triangles.
  EXPECT_LT(indexCount(g.fills[1].lods.back()), indexCount(g.fills[1].lods.front()));
  EXPECT_TRUE(g.provinceFills.count("darien"));
}

TEST_F(BasemapTest, ProvinceFillsComeWithTheFirstLevelBuilt) {
  for (size_t level = 0; level < kLodTolerances.size(); level += 3) {
    MapGeometry first = buildMapGeometry(*map_, {level});
    EXPECT_TRUE(first.provinceFills.count("darien")) << "level " << level;
  }
  EXPECT_TRUE(buildMapGeometry(*map_, {1}, false).provinceFills.empty());
}

TEST(Basemap, MissingFileAndMissingLayerAreNamed) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  auto missing = loadBasemap("/nonexistent/panama.gpkg", p.value());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("/nonexistent/panama.gpkg"), std::string::npos);

  std::string path = (std::filesystem::temp_directory_path() / ("only-land-" + std::to_string(getpid()) + ".gpkg")).string();
  GDALAllRegister();
  {
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ds->CreateLayer("land", nullptr, wkbPolygon, nullptr);
  }
  auto partial = loadBasemap(path, p.value());
  ASSERT_FALSE(partial.ok());
  EXPECT_NE(partial.error().find("layer 'countries' is missing"), std::string::npos) << partial.error();
  std::filesystem::remove(path);
}

TEST(MeshTiles, VisibleTilesSkipWhatIsOffScreen) {
  FillMesh mesh;
  for (int i = 0; i < 10; ++i) {  // ten triangles spaced 100 km apart
    float x = float(i) * 100000;
    uint32_t b = uint32_t(mesh.vertices.size());
    mesh.vertices.insert(mesh.vertices.end(), {{x, 0}, {x + 10, 0}, {x, 10}});
    mesh.indices.insert(mesh.indices.end(), {b, b + 1, b + 2});
  }
  sortIntoTiles(mesh, 50000);
  ASSERT_EQ(mesh.tiles.size(), 10u);
  MapBox view;
  view.extend(MapPoint{150000, -5});
  view.extend(MapPoint{420000, 5});
  auto visible = visibleTiles(mesh.tiles, view);
  uint32_t drawn = 0;
  for (auto& t : visible) drawn += t.indexCount;
  EXPECT_EQ(drawn, 3u * 3);  // the triangles at 200, 300 and 400 km
  EXPECT_EQ(visible.size(), 1u);  // adjacent tiles merge into one range
}

TEST(Basemap, EveryLayerEmptyIsAnErrorNotABlankMap) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  std::string path = (std::filesystem::temp_directory_path() / ("empty-" + std::to_string(getpid()) + ".gpkg")).string();
  GDALAllRegister();
  {
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(gpkg->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    for (const std::string& name : basemapLayerNames()) ds->CreateLayer(name.c_str(), nullptr, wkbUnknown, nullptr);
  }
  auto empty = loadBasemap(path, p.value());
  std::filesystem::remove(path);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().rfind(path + ": every layer is empty", 0), 0u) << empty.error();
}

TEST(Basemap, OnlyARegularFileIsOpened) {
  auto p = Projection::create(kDefaultCrs);
  ASSERT_TRUE(p.ok());
  std::string fifo = (std::filesystem::temp_directory_path() / ("fifo-" + std::to_string(getpid()) + ".gpkg")).string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto fromFifo = loadBasemap(fifo, p.value());  // GDAL would wait for a writer forever
  std::filesystem::remove(fifo);
  ASSERT_FALSE(fromFifo.ok());
  EXPECT_EQ(fromFifo.error(), fifo + ": not a regular file (a FIFO)");
  auto fromDevice = loadBasemap("/dev/zero", p.value());
  ASSERT_FALSE(fromDevice.ok());
  EXPECT_EQ(fromDevice.error(), "/dev/zero: not a regular file (a character device)");
}
