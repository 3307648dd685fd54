// A place's time_zone: a known IANA zone, and the offsets its events may be written with.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/story/trip_agenda.h"
#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

using nlohmann::json;

json minimal() {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

json& feature(json& doc, const std::string& id) {
  for (json& f : doc["features"])
    if (f["id"] == id) return f;
  throw std::runtime_error("no feature " + id);
}

std::string problems(const json& doc) {
  TripLoadOptions options;
  options.checkCitedSources = false;
  std::string out;
  for (const TripProblem& p : loadTripFromString(doc.dump(), "zones.geojson", options).problems) out += p.format() + "\n";
  return out;
}

TEST(TripPlaceZone, EventsMayBeWrittenInTheirPlacesZone) {
  json doc = minimal();
  feature(doc, "port-office")["properties"]["time_zone"] = "America/New_York";
  feature(doc, "port-meeting")["properties"]["start"] = "2021-05-03T11:00-04:00";  // 10:00 in Panama
  EXPECT_EQ(problems(doc).find("port-meeting"), std::string::npos) << problems(doc);
  // Not in a zone of neither the trip nor the place.
  feature(doc, "port-meeting")["properties"]["start"] = "2021-05-03T09:00-06:00";
  EXPECT_NE(problems(doc).find("zones.geojson: port-meeting: properties.start: 2021-05-03T09:00-06:00 is written with "
                               "offset -06:00, but America/Panama is at -05:00 or America/New_York at -04:00 then"),
            std::string::npos)
      << problems(doc);
}

TEST(TripPlaceZone, AnUnknownZoneIsReportedOnThePlace) {
  json doc = minimal();
  feature(doc, "port-office")["properties"]["time_zone"] = "America/Atlantis";
  EXPECT_NE(problems(doc).find("zones.geojson: port-office: properties.time_zone: \"America/Atlantis\" is not a known"),
            std::string::npos)
      << problems(doc);
}

// Washington's airport for a day: its event in its own time and zone, the others in Panama's.
TEST(TripPlaceZone, TheAgendaShowsEachEventInItsPlacesTime) {
  json doc = minimal();
  feature(doc, "tocumen-airport")["properties"]["time_zone"] = "America/New_York";
  TripLoadOptions options;
  options.checkCitedSources = false;
  TripLoadResult r = loadTripFromString(doc.dump(), "zones.geojson", options);
  ASSERT_TRUE(r.ok());
  std::string agenda = formatAgenda(*r.trip, *r.clock);
  EXPECT_NE(agenda.find("~10:00 EDT"), std::string::npos) << agenda;  // 09:00 in Panama
  EXPECT_EQ(agenda.find("~09:00"), std::string::npos) << agenda;
}

}  // namespace
}  // namespace itinera
