// The KML read back through GDAL's LIBKML driver: a folder each for places, events and legs with
// their counts, a TimeSpan for every dated event and every leg, none for an undated event.
#include "interchange/kml_writer.h"

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

int occurrences(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(KmlWriter, FoldersCountsAndTimeSpans) {
  auto folder = std::filesystem::temp_directory_path() / ("itinera-kml-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::string path = (folder / "trip.kml").string();
  Timeline timeline(panama(), TripClock(panama()));
  KmlCounts counts;
  ASSERT_EQ(writeKml(panama(), timeline, path, &counts), "");

  GDALAllRegister();
  const char* drivers[] = {"LIBKML", nullptr};
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
  ASSERT_TRUE(ds);
  ASSERT_NE(ds->GetLayerByName("Places"), nullptr);
  ASSERT_NE(ds->GetLayerByName("Events"), nullptr);
  ASSERT_NE(ds->GetLayerByName("Legs"), nullptr);
  EXPECT_EQ(ds->GetLayerByName("Events")->GetFeatureCount(), GIntBig(panama().events.size()));
  EXPECT_EQ(ds->GetLayerByName("Legs")->GetFeatureCount(), GIntBig(panama().legs.size()));
  EXPECT_EQ(ds->GetLayerByName("Places")->GetFeatureCount(), counts.places);

  std::ifstream in(path);
  std::string text{std::istreambuf_iterator<char>(in), {}};
  int dated = 0;
  for (const Event& e : panama().events) dated += e.time.precision != TimePrecision::Trip;
  EXPECT_EQ(occurrences(text, "<TimeSpan>"), dated + int(panama().legs.size()));
  EXPECT_NE(text.find("Darién"), std::string::npos);
  EXPECT_NE(text.find("(time approximate: afternoon)"), std::string::npos);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace itinera
