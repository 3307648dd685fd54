// The spreadsheet read back through GDAL's CSV driver: one row per event, the columns in order,
// quoted texts (commas inside) and accented names intact, a UTF-8 byte order mark first.
#include "interchange/spreadsheet_writer.h"

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

struct TempFolder {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("itinera-csv-" + std::to_string(::getpid()));
  TempFolder() { std::filesystem::create_directories(path); }
  ~TempFolder() { std::filesystem::remove_all(path); }
};

std::string fileBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(SpreadsheetWriter, OneRowPerEventReadBackThroughGdal) {
  TempFolder folder;
  std::string path = (folder.path / "trip.csv").string();
  ASSERT_EQ(writeSpreadsheet(panama(), TripClock(panama()), path), "");
  EXPECT_EQ(fileBytes(path).substr(0, 3), "\xEF\xBB\xBF");
  GDALAllRegister();
  const char* drivers[] = {"CSV", nullptr};
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
  ASSERT_TRUE(ds);
  OGRLayer* layer = ds->GetLayer(0);
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(layer->GetFeatureCount(), GIntBig(panama().events.size()));
  OGRFeatureDefn* defn = layer->GetLayerDefn();
  ASSERT_EQ(defn->GetFieldCount(), int(std::size(kSpreadsheetColumns)));
  for (int i = 0; i < defn->GetFieldCount(); ++i) EXPECT_STREQ(defn->GetFieldDefn(i)->GetNameRef(), kSpreadsheetColumns[i]);

  bool darien = false, tourFound = false;
  for (auto& row : *layer) {
    if (std::string(row->GetFieldAsString("title")).find("Darién") != std::string::npos) darien = true;
    if (std::string(row->GetFieldAsString("id")) == "darien-tour") {
      tourFound = true;
      EXPECT_STREQ(row->GetFieldAsString("date"), "2022-04-18");
      EXPECT_STREQ(row->GetFieldAsString("start"), "12:00");
      EXPECT_STREQ(row->GetFieldAsString("end"), "18:00");
      EXPECT_STREQ(row->GetFieldAsString("time_zone"), "America/Panama");
      EXPECT_STREQ(row->GetFieldAsString("time_precision"), "part_of_day");
      EXPECT_NE(std::string(row->GetFieldAsString("place")).find("Metetí"), std::string::npos);
      EXPECT_STREQ(row->GetFieldAsString("when"), "afternoon (C)");
      EXPECT_NE(std::string(row->GetFieldAsString("participants")).find("Alejandro N. Mayorkas, Secretary"), std::string::npos);
      EXPECT_NE(std::string(row->GetFieldAsString("sources")).find("Darién"), std::string::npos);
    }
  }
  EXPECT_TRUE(darien) << "no title names the Darién with its accent";
  EXPECT_TRUE(tourFound);
}

TEST(SpreadsheetWriter, VaguePlacesHaveNoCoordinates) {
  TempFolder folder;
  std::string path = (folder.path / "trip.csv").string();
  ASSERT_EQ(writeSpreadsheet(panama(), TripClock(panama()), path), "");
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  ASSERT_TRUE(ds);
  for (auto& row : *ds->GetLayer(0)) {
    std::string precision = row->GetFieldAsString("location_precision");
    bool vague = precision != "exact" && precision != "approximate";
    EXPECT_EQ(std::string(row->GetFieldAsString("lon")).empty(), vague) << row->GetFieldAsString("id");
  }
}

TEST(SpreadsheetWriter, AnUnwritablePathIsAnErrorNamingIt) {
  std::string path = "/nonexistent-folder-of-itinera/trip.csv";
  std::string error = writeSpreadsheet(panama(), TripClock(panama()), path);
  EXPECT_NE(error.find(path), std::string::npos) << error;
}

}  // namespace
}  // namespace itinera
