// `itinera state --json`: fields, types and values on the real trip; reading user-given times.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/trip/trip_loader.h"
#include "test_trips.h"
#include "core/story/trip_state.h"

namespace itinera {
namespace {

using test::panama;


const Timeline& panamaTimeline() {
  static const Timeline tl(panama(), TripClock(panama()));
  return tl;
}

nlohmann::ordered_json stateAt(const std::string& iso) {
  auto t = parseIsoTime(iso);
  EXPECT_TRUE(t) << iso;
  return nlohmann::ordered_json::parse(tripStateJson(panama(), panamaTimeline(), t->utc));
}

const nlohmann::ordered_json& traveller(const nlohmann::ordered_json& state, const std::string& id) {
  for (const auto& t : state["travellers"])
    if (t["id"] == id) return t;
  ADD_FAILURE() << "no traveller " << id;
  std::abort();
}

void expectAt(const nlohmann::ordered_json& t, const std::string& placeId) {
  const Place* p = panama().place(placeId);
  ASSERT_NE(p, nullptr);
  EXPECT_DOUBLE_EQ(t["lon"].get<double>(), p->location.lon) << placeId;
  EXPECT_DOUBLE_EQ(t["lat"].get<double>(), p->location.lat) << placeId;
}

TEST(TripState, HasExactlyTheDocumentedFieldsAndTypes) {
  nlohmann::ordered_json s = stateAt("2022-04-18T20:00Z");
  std::vector<std::string> keys;
  for (auto& [k, v] : s.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"time", "clock", "travellers", "active_events", "reference_zone",
                                            "event_times", "caption"}));
  EXPECT_EQ(s["time"], "2022-04-18T15:00-05:00");  // in the trip's local offset
  ASSERT_TRUE(s["travellers"].is_array());
  ASSERT_EQ(s["travellers"].size(), 2u);
  for (const auto& t : s["travellers"]) {
    std::vector<std::string> fields;
    for (auto& [k, v] : t.items()) fields.push_back(k);
    EXPECT_EQ(fields, (std::vector<std::string>{"id", "name", "lon", "lat", "status", "event", "leg"}));
    EXPECT_TRUE(t["id"].is_string());
    EXPECT_TRUE(t["name"].is_string());
    EXPECT_TRUE(t["lon"].is_number_float());
    EXPECT_TRUE(t["lat"].is_number_float());
    EXPECT_TRUE(t["status"] == "at_event" || t["status"] == "travelling" || t["status"] == "waiting" ||
                t["status"] == "away");
    EXPECT_TRUE(t["event"].is_string() || t["event"].is_null());
    EXPECT_TRUE(t["leg"].is_string() || t["leg"].is_null());
  }
  ASSERT_TRUE(s["active_events"].is_array());
  EXPECT_EQ(s["reference_zone"]["mode"], "home");
  EXPECT_EQ(s["reference_zone"]["zone"], "America/Panama");
  ASSERT_TRUE(s["event_times"].is_array());
  EXPECT_EQ(s["event_times"].size(), s["active_events"].size());
}

TEST(TripState, MayorkasIsInTheDarienWhileBlinkenIsStillAway) {
  nlohmann::ordered_json s = stateAt("2022-04-18T15:00-05:00");
  const auto& mayorkas = traveller(s, "mayorkas");
  EXPECT_EQ(mayorkas["status"], "at_event");
  EXPECT_EQ(mayorkas["event"], "darien-tour");
  EXPECT_TRUE(mayorkas["leg"].is_null());
  EXPECT_EQ(mayorkas["name"], "Alejandro N. Mayorkas");
  expectAt(mayorkas, panama().event("darien-tour")->place);
  const auto& blinken = traveller(s, "blinken");
  EXPECT_EQ(blinken["status"], "away");
  EXPECT_TRUE(blinken["event"].is_null());
  EXPECT_EQ(s["active_events"], nlohmann::ordered_json::array({"darien-tour"}));
}

TEST(TripState, BothTravellersTogetherAtThePalace) {
  nlohmann::ordered_json s = stateAt("2022-04-19T13:30-05:00");
  for (const char* id : {"mayorkas", "blinken"}) {
    const auto& t = traveller(s, id);
    EXPECT_EQ(t["status"], "at_event") << id;
    EXPECT_EQ(t["event"], "meeting-cortizo") << id;
    expectAt(t, "palacio-de-las-garzas");
  }
  EXPECT_EQ(s["active_events"], nlohmann::ordered_json::array({"meeting-cortizo"}));
}

TEST(TripState, TravellingAndWaiting) {
  nlohmann::ordered_json flying = stateAt("2022-04-18T12:30-05:00");
  const auto& m = traveller(flying, "mayorkas");
  EXPECT_EQ(m["status"], "travelling");
  EXPECT_EQ(m["leg"], "leg-mayorkas-to-darien");
  EXPECT_TRUE(m["event"].is_null());
  EXPECT_LT(m["lon"].get<double>(), -78.0);  // on the way east
  EXPECT_GT(m["lon"].get<double>(), -79.5);
  nlohmann::ordered_json night = stateAt("2022-04-19T03:00-05:00");
  const auto& sleeping = traveller(night, "mayorkas");
  EXPECT_EQ(sleeping["status"], "waiting");
  EXPECT_TRUE(sleeping["event"].is_null());
  EXPECT_TRUE(sleeping["leg"].is_null());
  expectAt(sleeping, "panama-city");
  EXPECT_TRUE(night["active_events"].empty());  // statements dated only "during the trip" are not listed
}

TEST(TripState, ClockAndCaptionAreTheStorysAtThatMoment) {
  nlohmann::ordered_json tour = stateAt("2022-04-18T15:00-05:00");
  EXPECT_EQ(tour["clock"], "Mon 18 Apr 2022, afternoon");  // never the nominal minute
  const auto& c = tour["caption"];
  std::vector<std::string> keys;
  for (auto& [k, v] : c.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "when", "where", "grades", "participants", "summary", "outcome",
                                            "also_now", "also_today"}));
  EXPECT_EQ(c["title"], panama().event("darien-tour")->title);
  EXPECT_EQ(c["when"], "Mon 18 Apr, afternoon (C)");
  EXPECT_EQ(c["grades"]["event"], "stated");
  EXPECT_EQ(c["grades"]["time"], "C");
  EXPECT_EQ(c["grades"]["place"], "inferred");
  EXPECT_TRUE(c["grades"]["mode"].is_null());
  nlohmann::ordered_json flying = stateAt("2022-04-18T12:30-05:00");
  EXPECT_EQ(flying["caption"]["mode"], "by helicopter (P)");
  EXPECT_EQ(flying["caption"]["grades"]["mode"], "P");
  nlohmann::ordered_json wednesday = stateAt("2022-04-20T13:45-05:00");
  EXPECT_EQ(wednesday["clock"], "Wed 20 Apr 2022, afternoon");
  EXPECT_EQ(wednesday["caption"]["title"], "Between events");
  EXPECT_TRUE(wednesday["active_events"].empty());  // the round table's hour is not known
  EXPECT_GE(wednesday["caption"]["also_today"].size(), 5u);
}

int64_t utc(const std::string& iso) { return parseIsoTime(iso)->utc; }

TEST(TripState, ParseTripTimeAcceptsOffsetsLocalTimesAndDates) {
  const Trip& t = panama();
  std::string error;
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-19T14:30-05:00", &error), utc("2022-04-19T14:30-05:00")) << error;
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-19T19:30Z", &error), utc("2022-04-19T14:30-05:00"));
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-19T14:30", &error), utc("2022-04-19T14:30-05:00"));  // Panama time
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-19T14:30:15", &error), utc("2022-04-19T14:30:15-05:00"));
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-19", &error), utc("2022-04-19T00:00-05:00"));
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-21", &error), utc("2022-04-21T00:00-05:00"));  // the period's end
  EXPECT_EQ(parseTripTime(t, TripClock(t), "2022-04-18T00:00", nullptr), utc("2022-04-18T00:00-05:00"));
}

TEST(TripState, LocalTimesFollowTheTripsTimeZone) {
  // Berlin is on summer time in April (+02:00), unlike the offset the period is written with.
  Trip berlin = panama();
  berlin.timeZone = "Europe/Berlin";
  EXPECT_EQ(parseTripTime(berlin, TripClock(berlin), "2022-04-19T14:30", nullptr), utc("2022-04-19T12:30Z"));
  EXPECT_EQ(parseTripTime(berlin, TripClock(berlin), "2022-04-19", nullptr), utc("2022-04-18T22:00Z"));
}

TEST(TripState, ParseTripTimeRejectsTimesOutsideThePeriodNamingIt) {
  const Trip& t = panama();
  std::string error;
  EXPECT_FALSE(parseTripTime(t, TripClock(t), "2022-04-22T10:00-05:00", &error));
  EXPECT_NE(error.find("outside the trip period"), std::string::npos) << error;
  EXPECT_NE(error.find("2022-04-18T00:00-05:00"), std::string::npos) << error;
  EXPECT_NE(error.find("2022-04-21T00:00-05:00"), std::string::npos) << error;
  EXPECT_FALSE(parseTripTime(t, TripClock(t), "2022-04-17", &error));
  EXPECT_NE(error.find("2022-04-17T00:00-05:00"), std::string::npos) << error;
  EXPECT_FALSE(parseTripTime(t, TripClock(t), "2022-04-21T00:01", &error));
}

TEST(TripState, ParseTripTimeRejectsUnreadableText) {
  const Trip& t = panama();
  for (const char* bad : {"", "yesterday", "2022-04-19 14:30", "2022-04-19T25:00", "2022-04-19T14:30+5",
                          "2022-04-31", "19/04/2022", "2022-04-19T14:30-05:00 "}) {
    std::string error;
    EXPECT_FALSE(parseTripTime(t, TripClock(t), bad, &error)) << bad;
    EXPECT_NE(error.find("cannot read the time"), std::string::npos) << bad << ": " << error;
    EXPECT_NE(error.find("America/Panama"), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace itinera
