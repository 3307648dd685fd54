// The views of a trip: those it names (a box or places), checked where they are written, or derived.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/camera/views.h"
#include "core/trip/trip_loader.h"
#include "panama_views.h"
#include "test_trips.h"

namespace itinera {
namespace {

using nlohmann::json;

json minimal() {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

TripLoadResult loadWith(const json& doc) {
  TripLoadOptions options;
  options.checkCitedSources = false;
  return loadTripFromString(doc.dump(2), "views.geojson", options);
}

std::string problems(const TripLoadResult& r) {
  std::string out;
  for (const TripProblem& p : r.problems) out += p.format() + "\n";
  return out;
}

TEST(TripViews, PanamaNamesItsFourViews) {
  const auto& views = panamaViews();
  ASSERT_EQ(views.size(), 4u);
  EXPECT_EQ(viewNamesList(views), "overview, panama-city, canal, darien");
  EXPECT_EQ(views[3].title, "The Darién");
  EXPECT_DOUBLE_EQ(views[0].southWest.lon, -83.1);
  EXPECT_DOUBLE_EQ(views[0].northEast.lat, 9.7);
  EXPECT_DOUBLE_EQ(views[1].southWest.lat, 8.90);
}

TEST(TripViews, AViewByPlacesFramesThem) {
  json doc = minimal();
  doc["trip"]["views"] = json::array({{{"name", "office"}, {"title", "The office"}, {"places", {"port-office", "tocumen-airport"}}}});
  TripLoadResult r = loadWith(doc);
  ASSERT_TRUE(r.ok()) << problems(r);
  auto views = tripViews(*r.trip);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].name, "office");
  EXPECT_LT(views[0].southWest.lon, -79.566);
  EXPECT_GT(views[0].northEast.lon, -79.3836);
  EXPECT_LT(views[0].southWest.lat, 8.958);
  EXPECT_GT(views[0].northEast.lat, 9.0714);
}

TEST(TripViews, MistakesAreReportedWhereTheyAre) {
  json doc = minimal();
  doc["trip"]["views"] = json::array({
      {{"name", "a"}, {"title", "A"}, {"bbox", {-79, 9, -80, 10}}},
      {{"name", "a"}, {"title", "Again"}, {"places", {"atlantis"}}},
      {{"name", "Bad Name"}, {"title", "B"}, {"bbox", {-80, 8, -79, 9}}, {"places", {"port-office"}}},
      {{"name", "c"}, {"title", "C"}, {"colour", "red"}, {"bbox", {-80, 8, -79, 9}}},
  });
  doc["trip"]["crs"] = "EPSG:4326";
  std::string p = problems(loadWith(doc));
  EXPECT_NE(p.find("views.geojson: trip: views[0].bbox: expected west < east"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: views[1].name: \"a\" names an earlier view too"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: views[1].places[0]: no place \"atlantis\" in the trip"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: views[2].name: \"Bad Name\" is not a short kebab-case name"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: views[2].bbox: give either a bbox or a list of places"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: views[3].colour"), std::string::npos) << p;
  EXPECT_NE(p.find("trip: crs: \"EPSG:4326\" is not a projected CRS"), std::string::npos) << p;
}

TEST(TripViews, WithoutViewsTheTripAndEachClusterOfPlacesGetOne) {
  Trip trip = test::panama();
  trip.views.clear();
  auto views = tripViews(trip);
  ASSERT_EQ(viewNamesList(views), "overview, panama-city, darien");
  EXPECT_EQ(views[0].title, "Whole trip");
  EXPECT_EQ(views[1].title, "Panama City");
  for (const Place& p : trip.places) {  // the overview holds every place
    EXPECT_GT(p.location.lon, views[0].southWest.lon) << p.id;
    EXPECT_LT(p.location.lon, views[0].northEast.lon) << p.id;
  }
  // The Darién's view holds San Vicente, and not Panama City.
  EXPECT_LT(views[2].southWest.lon, -77.98);
  EXPECT_GT(views[2].southWest.lon, -79.53);
}

TEST(TripViews, OnePlaceClusterGivesTheOverviewOnly) {
  json doc = minimal();
  TripLoadResult r = loadWith(doc);
  ASSERT_TRUE(r.ok()) << problems(r);
  EXPECT_EQ(viewNamesList(tripViews(*r.trip)), "overview");
}

}  // namespace
}  // namespace itinera
