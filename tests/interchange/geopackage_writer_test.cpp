// The GeoPackage read back through GDAL: its four layers, their counts, date-time fields typed
// as date-times, events at regions without a point, and positions every five minutes.
#include "interchange/geopackage_writer.h"

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include <unistd.h>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

std::unique_ptr<OGRFeature> featureWithId(OGRLayer* layer, const std::string& id) {
  layer->SetAttributeFilter(("id = '" + id + "'").c_str());
  return std::unique_ptr<OGRFeature>(layer->GetNextFeature());
}

// A date-time field's time of day in minutes and its GDAL zone flag (100 + quarter hours east).
struct LocalTime {
  int minutes = -1, zone = 0;
  bool operator==(const LocalTime&) const = default;
};
std::ostream& operator<<(std::ostream& out, const LocalTime& t) { return out << t.minutes << " min, zone " << t.zone; }

LocalTime localTime(OGRFeature& feature, const char* field) {
  int y, mo, d, h, mi, zone;
  float s;
  if (!feature.GetFieldAsDateTime(feature.GetFieldIndex(field), &y, &mo, &d, &h, &mi, &s, &zone)) return {};
  return {h * 60 + mi, zone};
}

class GeoPackageWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() / ("itinera-gpkg-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder_);
    path_ = (folder_ / "trip.gpkg").string();
    Timeline timeline(panama(), TripClock(panama()));
    ASSERT_EQ(writeGeoPackage(panama(), timeline, path_, &counts_), "");
    GDALAllRegister();
    ds_.reset(GDALDataset::Open(path_.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds_);
  }
  void TearDown() override {
    ds_.reset();
    std::filesystem::remove_all(folder_);
  }
  OGRFieldType fieldType(const char* layer, const char* field) {
    OGRFeatureDefn* defn = ds_->GetLayerByName(layer)->GetLayerDefn();
    int i = defn->GetFieldIndex(field);
    EXPECT_GE(i, 0) << layer << "." << field;
    return i < 0 ? OFTMaxType : defn->GetFieldDefn(i)->GetType();
  }
  std::filesystem::path folder_;
  std::string path_;
  GeoPackageCounts counts_;
  GDALDatasetUniquePtr ds_;
};

TEST_F(GeoPackageWriter, FourLayersWithTheirCounts) {
  ASSERT_EQ(ds_->GetLayerCount(), 4);
  std::vector<std::string> names;
  for (int i = 0; i < 4; ++i) names.push_back(ds_->GetLayer(i)->GetName());
  EXPECT_EQ(names, (std::vector<std::string>{"places", "events", "legs", "positions"}));
  EXPECT_EQ(ds_->GetLayerByName("events")->GetFeatureCount(), GIntBig(panama().events.size()));
  EXPECT_EQ(ds_->GetLayerByName("legs")->GetFeatureCount(), GIntBig(panama().legs.size()));
  EXPECT_EQ(ds_->GetLayerByName("places")->GetFeatureCount(), counts_.places);
  EXPECT_GT(counts_.places, 0);
  EXPECT_EQ(ds_->GetLayerByName("positions")->GetFeatureCount(), counts_.positions);
  EXPECT_EQ(wkbFlatten(ds_->GetLayerByName("events")->GetGeomType()), wkbPoint);
  EXPECT_EQ(wkbFlatten(ds_->GetLayerByName("legs")->GetGeomType()), wkbLineString);
  EXPECT_EQ(wkbFlatten(ds_->GetLayerByName("positions")->GetGeomType()), wkbPoint);
}

TEST_F(GeoPackageWriter, TimesAreDateTimeFields) {
  EXPECT_EQ(fieldType("events", "start"), OFTDateTime);
  EXPECT_EQ(fieldType("events", "end"), OFTDateTime);
  EXPECT_EQ(fieldType("legs", "depart"), OFTDateTime);
  EXPECT_EQ(fieldType("legs", "arrive"), OFTDateTime);
  EXPECT_EQ(fieldType("positions", "time"), OFTDateTime);
}

TEST_F(GeoPackageWriter, TheDarienTourSpansTheAfternoonInPanamaTime) {
  std::unique_ptr<OGRFeature> tour = featureWithId(ds_->GetLayerByName("events"), "darien-tour");
  ASSERT_TRUE(tour);
  EXPECT_EQ(localTime(*tour, "start"), (LocalTime{12 * 60, 100 - 5 * 4}));  // UTC-05:00
  EXPECT_EQ(localTime(*tour, "end"), (LocalTime{18 * 60, 100 - 5 * 4}));
  EXPECT_STREQ(tour->GetFieldAsString("time_precision"), "part_of_day");
}

TEST_F(GeoPackageWriter, UndatedEventsHaveNoTimesAndRegionsNoPoint) {
  OGRLayer* events = ds_->GetLayerByName("events");
  int undated = 0;
  for (auto& f : *events) {
    const Event* e = panama().event(f->GetFieldAsString("id"));
    ASSERT_NE(e, nullptr);
    if (e->time.precision == TimePrecision::Trip) {
      ++undated;
      EXPECT_FALSE(f->IsFieldSetAndNotNull(f->GetFieldIndex("start"))) << e->id;
    }
    const Place* place = panama().place(e->place);
    bool region = !place || place->isArea() || place->precision == LocationPrecision::Region;
    EXPECT_EQ(f->GetGeometryRef() == nullptr, region) << e->id;
  }
  EXPECT_GT(undated, 0);
}

TEST_F(GeoPackageWriter, PositionsEveryFiveMinutesForEachTraveller) {
  Timeline timeline(panama(), TripClock(panama()));
  int64_t first = (timeline.start() + kPositionStepSeconds - 1) / kPositionStepSeconds * kPositionStepSeconds;
  int expected = 0;
  for (int64_t t = first; t <= timeline.end(); t += kPositionStepSeconds) expected += int(timeline.at(t).travellers.size());
  EXPECT_EQ(counts_.positions, expected);
}

// A leg across zones leaves in the zone of the place it leaves and arrives in that of the place it
// reaches: Washington at 08:00 EDT, Panama City at 12:30 EST (13:30 in Washington).
TEST(GeoPackageWriterZones, EachEndOfALegInItsPlacesZone) {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/tests/fixtures/trips/tri-capital.geojson").trip;
  std::filesystem::path folder = std::filesystem::temp_directory_path() / ("itinera-gpkg-zones-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::string path = (folder / "trip.gpkg").string();
  Timeline timeline(trip, TripClock(trip));
  ASSERT_EQ(writeGeoPackage(trip, timeline, path, nullptr), "");
  GDALAllRegister();
  {
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    std::unique_ptr<OGRFeature> leg = featureWithId(ds->GetLayerByName("legs"), "to-panama");
    ASSERT_TRUE(leg);
    EXPECT_EQ(localTime(*leg, "depart"), (LocalTime{8 * 60, 100 - 4 * 4}));        // EDT
    EXPECT_EQ(localTime(*leg, "arrive"), (LocalTime{12 * 60 + 30, 100 - 5 * 4}));  // Panama's EST
    EXPECT_STREQ(leg->GetFieldAsString("depart_time_zone"), "America/New_York");
    EXPECT_STREQ(leg->GetFieldAsString("arrive_time_zone"), "America/Panama");
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace itinera
