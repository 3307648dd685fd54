// One test per validation rule: the documented example is valid, and each small change to it
// that breaks a rule is reported with the item, the field and a telling message.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

using nlohmann::json;

json example() {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

json& feature(json& doc, const std::string& id) {
  for (json& f : doc["features"])
    if (f["id"] == id) return f;
  throw std::runtime_error("no feature " + id);
}

json& props(json& doc, const std::string& id) { return feature(doc, id)["properties"]; }

TripLoadResult load(const json& doc, const TripLoadOptions& options = {}) {
  return loadTripFromString(doc.dump(2), "t.geojson", options);
}

std::string listing(const TripLoadResult& r) {
  std::string out;
  for (const TripProblem& p : r.problems) out += "  " + p.format() + "\n";
  return out;
}

// True when some problem has this item, a field containing `field`, and a message containing `text`.
::testing::AssertionResult reports(const TripLoadResult& r, const std::string& item, const std::string& field,
                                   const std::string& text) {
  if (r.ok()) return ::testing::AssertionFailure() << "the trip loaded without problems";
  for (const TripProblem& p : r.problems)
    if (p.item == item && p.field.find(field) != std::string::npos && p.message.find(text) != std::string::npos)
      return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no problem [" << item << " | " << field << " | " << text << "] in:\n"
                                       << listing(r);
}

TEST(TripValidation, TheExampleIsValid) {
  TripLoadResult r = load(example());
  EXPECT_TRUE(r.ok()) << listing(r);
}

// --- schema and types ---------------------------------------------------------------------------

TEST(TripValidation, MissingRequiredField) {
  json d = example();
  props(d, "port-meeting").erase("title");
  EXPECT_TRUE(reports(load(d), "port-meeting", "properties.title", "missing"));
}

TEST(TripValidation, WrongType) {
  json d = example();
  props(d, "port-meeting")["start"] = 1620050400;
  EXPECT_TRUE(reports(load(d), "port-meeting", "properties.start", "must be a string, not a number"));
}

TEST(TripValidation, UnknownMemberIsReported) {
  json d = example();
  props(d, "panama-city")["lattitude"] = 9;
  EXPECT_TRUE(reports(load(d), "panama-city", "properties.lattitude", "unknown member"));
}

TEST(TripValidation, BadEnumeration) {
  json d = example();
  props(d, "port-meeting")["time_precision"] = "week";
  props(d, "leg-to-office")["mode"] = "boat";
  props(d, "panama-city")["location_precision"] = "roughly";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "time_precision", "must be minute, hour, part_of_day, day or trip"));
  EXPECT_TRUE(reports(r, "leg-to-office", "mode", "must be air, helicopter, road or unknown"));
  EXPECT_TRUE(reports(r, "panama-city", "location_precision", "must be exact, approximate, city or region"));
}

TEST(TripValidation, FeatureTypeAndCollection) {
  json d = example();
  props(d, "panama-city")["type"] = "landmark";
  EXPECT_TRUE(reports(load(d), "panama-city", "properties.type", "must be place, event or leg"));
  json e = example();
  e["type"] = "Feature";
  EXPECT_TRUE(reports(load(e), "", "type", "FeatureCollection"));
  json f = example();
  f.erase("trip");
  EXPECT_TRUE(reports(load(f), "trip", "", "needs a \"trip\" object"));
}

TEST(TripValidation, EmptyRequiredString) {
  json d = example();
  props(d, "port-meeting")["summary"] = "   ";
  d["trip"]["people"][0]["name"] = "";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "properties.summary", "must not be empty"));
  EXPECT_TRUE(reports(r, "person ana", "name", "must not be empty"));
}

TEST(TripValidation, EventWithoutParticipants) {
  json d = example();
  props(d, "port-meeting")["participants"] = json::array();
  EXPECT_TRUE(reports(load(d), "port-meeting", "participants", "at least one participant"));
}

// --- references and ids -------------------------------------------------------------------------

TEST(TripValidation, UnknownPlace) {
  json d = example();
  props(d, "port-meeting")["place"] = "nowhere";
  props(d, "port-office")["parent"] = "atlantis";
  props(d, "leg-to-office")["to"] = "nowhere";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "properties.place", "unknown place \"nowhere\""));
  EXPECT_TRUE(reports(r, "port-office", "properties.parent", "unknown place \"atlantis\""));
  EXPECT_TRUE(reports(r, "leg-to-office", "properties.to", "unknown place"));
}

TEST(TripValidation, UnknownPerson) {
  json d = example();
  props(d, "port-meeting")["participants"][1]["person"] = "luiz";
  EXPECT_TRUE(reports(load(d), "port-meeting", "participants[1].person", "unknown person \"luiz\""));
}

TEST(TripValidation, UnknownOrganisation) {
  json d = example();
  d["trip"]["people"][1]["organisation"] = "harbour-board";
  EXPECT_TRUE(reports(load(d), "person luis", "organisation", "unknown organisation \"harbour-board\""));
}

TEST(TripValidation, UnknownSource) {
  json d = example();
  props(d, "arrival")["citations"][1]["source"] = "rumour";
  props(d, "arrival")["time_basis"]["source"] = "gossip";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "arrival", "citations[1].source", "unknown source \"rumour\""));
  EXPECT_TRUE(reports(r, "arrival", "time_basis.source", "unknown source \"gossip\""));
}

TEST(TripValidation, UnknownTraveller) {
  json d = example();
  props(d, "leg-to-office")["traveller"] = "luis";  // a person, but not a traveller
  EXPECT_TRUE(reports(load(d), "leg-to-office", "properties.traveller", "unknown traveller \"luis\""));
  json e = example();
  e["trip"]["travellers"][0]["person"] = "nobody";
  EXPECT_TRUE(reports(load(e), "trip", "travellers[0].person", "unknown person \"nobody\""));
}

TEST(TripValidation, DuplicateIds) {
  json d = example();
  json copy = feature(d, "port-meeting");
  d["features"].push_back(copy);
  d["trip"]["people"][1]["id"] = "panama-city";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "id", "duplicate id \"port-meeting\""));
  EXPECT_TRUE(reports(r, "panama-city", "id", "duplicate id \"panama-city\" (already used by a person)"));
}

TEST(TripValidation, IdsAreShortKebabCase) {
  json d = example();
  feature(d, "port-meeting")["id"] = "Port Meeting";
  EXPECT_TRUE(reports(load(d), "Port Meeting", "id", "kebab-case"));
}

TEST(TripValidation, ParentLoop) {
  json d = example();
  props(d, "panama-city")["parent"] = "port-office";
  EXPECT_TRUE(reports(load(d), "panama-city", "properties.parent", "comes back to this place"));
}

// --- evidence and citations ---------------------------------------------------------------------

TEST(TripValidation, CorroboratedNeedsSourceAndGrade) {
  json d = example();
  props(d, "arrival")["time_basis"].erase("grade");
  props(d, "port-office")["location_basis"] = {{"kind", "corroborated"}, {"grade", "C"}};
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "arrival", "time_basis.grade", "needs a grade"));
  EXPECT_TRUE(reports(r, "port-office", "location_basis.source", "needs its source id"));
}

TEST(TripValidation, InferredNeedsReason) {
  json d = example();
  props(d, "leg-to-airport")["basis"] = {{"kind", "inferred"}};
  EXPECT_TRUE(reports(load(d), "leg-to-airport", "basis.reason", "needs a reason"));
}

TEST(TripValidation, GradeOnlyOnCorroborated) {
  json d = example();
  props(d, "port-meeting")["basis"] = {{"kind", "stated"}, {"grade", "P"}};
  props(d, "arrival")["time_basis"]["grade"] = "B";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "basis.grade", "only corroborated facts carry a grade"));
  EXPECT_TRUE(reports(r, "arrival", "time_basis.grade", "must be C, P or EST"));
}

TEST(TripValidation, StatedFactMustCiteASourceFile) {
  json d = example();
  props(d, "arrival")["citations"] = json::array({{{"source", "example-news"}}});
  EXPECT_TRUE(reports(load(d), "arrival", "properties.basis", "must cite a passage of a source file"));
}

TEST(TripValidation, CitationsNeedSpansExactlyForFiles) {
  json d = example();
  props(d, "port-meeting")["citations"][0].erase("start");
  props(d, "port-meeting")["citations"][0].erase("end");
  props(d, "arrival")["citations"][1] = {{"source", "example-news"}, {"paragraph", 2}, {"start", 0}, {"end", 4}};
  props(d, "departure")["citations"][0]["end"] = 3;  // before start
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "citations[0]", "cited by paragraph, start and end"));
  EXPECT_TRUE(reports(r, "arrival", "citations[1]", "has no file, so it cannot be cited by span"));
  EXPECT_TRUE(reports(r, "departure", "citations[0].end", "must be greater than start"));
}

TEST(TripValidation, EmptyCitations) {
  json d = example();
  props(d, "casco-antiguo")["citations"] = json::array();
  EXPECT_TRUE(reports(load(d), "casco-antiguo", "properties.citations", "at least one source"));
}

TEST(TripValidation, SourceRecords) {
  json d = example();
  d["trip"]["sources"][0]["sha256"] = "ABC";
  d["trip"]["sources"][0]["date"] = "4 May 2021";
  d["trip"]["sources"][1]["url"] = "example.org";
  d["trip"]["sources"][1]["file"] = "../../etc/passwd";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "source example-release", "sha256", "64 lowercase hex"));
  EXPECT_TRUE(reports(r, "source example-release", "date", "is not YYYY-MM-DD"));
  EXPECT_TRUE(reports(r, "source example-news", "url", "https://"));
  EXPECT_TRUE(reports(r, "source example-news", "file", "bare file name"));
}

// --- times --------------------------------------------------------------------------------------

TEST(TripValidation, EndBeforeStart) {
  json d = example();
  props(d, "port-meeting")["end"] = "2021-05-03T09:59-05:00";
  EXPECT_TRUE(reports(load(d), "port-meeting", "properties.end", "is before the start 2021-05-03T10:00-05:00"));
}

TEST(TripValidation, BoundsAroundTheBestEstimate) {
  json d = example();
  props(d, "port-meeting")["earliest"] = "2021-05-03T10:30-05:00";
  props(d, "port-meeting")["latest"] = "2021-05-03T11:00-05:00";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "properties.earliest", "after the start"));
  EXPECT_TRUE(reports(r, "port-meeting", "properties.latest", "before the end"));
}

TEST(TripValidation, TimeOutsideThePeriod) {
  json d = example();
  props(d, "departure")["latest"] = "2021-05-04T02:00-05:00";
  d["trip"]["travellers"][0]["from"] = "2021-05-02T23:00-05:00";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "departure", "properties.latest", "outside the trip period"));
  EXPECT_TRUE(reports(r, "trip", "travellers[0].from", "outside the trip period"));
}

TEST(TripValidation, PeriodMustEndAfterItStarts) {
  json d = example();
  d["trip"]["period"]["end"] = "2021-05-02T00:00-05:00";
  EXPECT_TRUE(reports(load(d), "trip", "period.end", "must end after it starts"));
}

TEST(TripValidation, TimeWithoutOffsetOrMalformed) {
  json d = example();
  props(d, "port-meeting")["start"] = "2021-05-03T10:00";
  props(d, "port-meeting")["end"] = "2021-05-03T25:00-05:00";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "properties.start", "the offset is required"));
  EXPECT_TRUE(reports(r, "port-meeting", "properties.end", "is not a time"));
}

TEST(TripValidation, OffsetMustMatchTheTimeZone) {
  json d = example();
  props(d, "port-meeting")["start"] = "2021-05-03T11:00-04:00";  // the same instant, wrong offset for Panama
  EXPECT_TRUE(reports(load(d), "port-meeting", "properties.start", "America/Panama is at -05:00"));
}

TEST(TripValidation, UnknownTimeZone) {
  json d = example();
  d["trip"]["time_zone"] = "America/Atlantis";
  EXPECT_TRUE(reports(load(d), "trip", "time_zone", "not a known IANA time zone"));
  d["trip"]["time_zone"] = "../../../etc/passwd";
  EXPECT_TRUE(reports(load(d), "trip", "time_zone", "not a known IANA time zone"));
}

// --- whereabouts --------------------------------------------------------------------------------

TEST(TripValidation, TravellerInTwoPlacesAtOnce) {
  json d = example();
  props(d, "arrival")["end"] = "2021-05-03T09:30-05:00";  // still at the airport while on the road
  EXPECT_TRUE(reports(load(d), "traveller ana", "", "in two places at once"));
}

TEST(TripValidation, ConsecutiveEventsAtDifferentPlacesNeedALeg) {
  json d = example();
  json& legs = d["features"];
  for (size_t i = 0; i < legs.size(); ++i)
    if (legs[i]["id"] == "leg-to-airport") legs.erase(i);
  EXPECT_TRUE(reports(load(d), "traveller ana", "", "no leg from port-office to tocumen-airport"));
}

TEST(TripValidation, EventsAtNestedPlacesNeedNoLeg) {
  json d = example();
  props(d, "port-meeting")["place"] = "panama-city";  // the office lies in the city: no contradiction
  props(d, "leg-to-office")["to"] = "panama-city";
  props(d, "leg-to-airport")["from"] = "panama-city";
  TripLoadResult r = load(d);
  EXPECT_TRUE(r.ok()) << listing(r);
}

TEST(TripValidation, WhereaboutsMustCoverTheWholeStay) {
  json d = example();
  d["trip"]["travellers"][0]["from"] = "2021-05-03T08:00-05:00";
  d["trip"]["travellers"][0]["until"] = "2021-05-03T18:50-05:00";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "traveller ana", "from", "whereabouts unknown between 2021-05-03T08:00-05:00"));
  EXPECT_TRUE(reports(r, "traveller ana", "", "lies outside the stay"));
}

// --- coordinates --------------------------------------------------------------------------------

TEST(TripValidation, CoordinatesOutOfRange) {
  json d = example();
  feature(d, "panama-city")["geometry"]["coordinates"] = {8.97, -179.5 - 100};
  EXPECT_TRUE(reports(load(d), "panama-city", "geometry.coordinates", "out of range"));
}

TEST(TripValidation, AbsurdAndNonFiniteNumbers) {
  json d = example();
  std::string text = d.dump(2);
  std::string from = "-79.5347", to = "-1e400";  // beyond any double
  size_t at = text.find(from);
  text.replace(at, from.size(), to);
  TripLoadResult r = loadTripFromString(text, "t.geojson");
  ASSERT_EQ(r.problems.size(), 1u) << listing(r);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  EXPECT_EQ(r.problems[0].line, line);
  EXPECT_NE(r.problems[0].message.find("number out of range"), std::string::npos) << listing(r);
  json e = example();
  props(e, "port-office")["uncertainty_m"] = 1e12;
  EXPECT_TRUE(reports(load(e), "port-office", "uncertainty_m", "must be between"));
  json f = example();
  props(f, "departure")["citations"][0]["start"] = 1e20;
  EXPECT_TRUE(reports(load(f), "departure", "citations[0].start", "must be an integer"));
}

TEST(TripValidation, OutsideTheFileBbox) {
  json d = example();
  feature(d, "panama-city")["geometry"]["coordinates"] = {-81.0, 8.97};  // valid, but west of the bbox
  EXPECT_TRUE(reports(load(d), "panama-city", "geometry", "outside the file's bbox"));
  json e = example();
  e["bbox"] = {-77, 7, -80, 9};
  EXPECT_TRUE(reports(load(e), "", "bbox", "west < east"));
}

TEST(TripValidation, OutsideTheAreaOfUse) {
  json d = example();
  TripLoadOptions utm17;
  utm17.areaOfUse = LonLatBox{-84, 0, -78, 84};
  EXPECT_TRUE(load(d, utm17).ok());
  feature(d, "panama-city")["geometry"]["coordinates"] = {-77.9, 8.5};
  d["bbox"] = {-80.5, 7.0, -77.0, 9.6};
  feature(d, "casco-antiguo");  // untouched
  EXPECT_TRUE(reports(load(d, utm17), "panama-city", "geometry", "outside the area of use"));
}

TEST(TripValidation, PolygonRingsAreClosed) {
  json d = example();
  feature(d, "casco-antiguo")["geometry"]["coordinates"][0][4] = {-79.5, 8.95};
  EXPECT_TRUE(reports(load(d), "casco-antiguo", "geometry.coordinates[0]", "must end where it starts"));
}

TEST(TripValidation, ApproximatePlaceNeedsARadius) {
  json d = example();
  props(d, "port-office").erase("uncertainty_m");
  EXPECT_TRUE(reports(load(d), "port-office", "uncertainty_m", "missing"));
  props(d, "port-office")["uncertainty_m"] = 0;
  EXPECT_TRUE(reports(load(d), "port-office", "uncertainty_m", "radius above 0"));
}

TEST(TripValidation, LegRouteMustJoinItsPlaces) {
  json d = example();
  feature(d, "leg-to-office")["geometry"]["coordinates"] = {{-79.566, 8.958}, {-79.3836, 9.0714}};  // reversed
  EXPECT_TRUE(reports(load(d), "leg-to-office", "geometry", "the route's start"));
  json e = example();
  feature(e, "leg-to-office")["geometry"] = nullptr;
  EXPECT_TRUE(reports(load(e), "leg-to-office", "geometry", "LineString"));
}

// --- all problems at once -----------------------------------------------------------------------

TEST(TripValidation, EveryProblemIsReportedNotJustTheFirst) {
  json d = example();
  props(d, "port-meeting")["place"] = "nowhere";
  props(d, "departure")["end"] = "2021-05-03T18:00-05:00";
  d["trip"]["people"][1]["organisation"] = "harbour-board";
  TripLoadResult r = load(d);
  EXPECT_TRUE(reports(r, "port-meeting", "place", "unknown place"));
  EXPECT_TRUE(reports(r, "departure", "end", "before the start"));
  EXPECT_TRUE(reports(r, "person luis", "organisation", "unknown organisation"));
  EXPECT_FALSE(r.trip.has_value());
}

TEST(TripValidation, ProblemsAreCappedForHostileFiles) {
  json d = example();
  for (int i = 0; i < 800; ++i) {
    json e = feature(d, "port-meeting");
    e["id"] = "m-" + std::to_string(i);
    e["properties"]["place"] = "nowhere";
    d["features"].push_back(e);
  }
  TripLoadResult r = load(d);
  ASSERT_EQ(r.problems.size(), 501u);
  EXPECT_EQ(r.problems.back().message, "too many problems; the rest are not listed");
}

TEST(TripValidation, MessageFormatNamesFileItemAndField) {
  json d = example();
  props(d, "port-meeting")["place"] = "nowhere";
  TripLoadResult r = load(d);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_EQ(r.problems[0].format(), "t.geojson: port-meeting: properties.place: unknown place \"nowhere\"");
}

}  // namespace
}  // namespace itinera
