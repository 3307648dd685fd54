// The agenda: a table per local day with honest precision, and a chronological JSON list.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/story/trip_agenda.h"
#include "core/trip/trip_loader.h"
#include "test_trips.h"

namespace itinera {
namespace {

using test::panama;


TEST(TripAgenda, JsonListsEveryEventWithItsFields) {
  nlohmann::json list = nlohmann::json::parse(agendaJson(panama(), TripClock(panama())));
  ASSERT_TRUE(list.is_array());
  EXPECT_EQ(list.size(), panama().events.size());
  for (const nlohmann::json& e : list) {
    for (const char* key : {"id", "title", "start", "end", "time_precision", "place", "place_name", "lon", "lat",
                            "participants", "basis", "sources"})
      EXPECT_TRUE(e.contains(key)) << e.value("id", "?") << " lacks " << key;
    EXPECT_TRUE(e["participants"].is_array());
    EXPECT_FALSE(e["participants"].empty()) << e["id"];
    EXPECT_FALSE(e["sources"].empty()) << e["id"];
    EXPECT_EQ(e["start"].get<std::string>().substr(16), "-05:00") << e["id"];
  }
}

TEST(TripAgenda, JsonIsChronological) {
  nlohmann::json list = nlohmann::json::parse(agendaJson(panama(), TripClock(panama())));
  const Trip& trip = panama();
  for (size_t i = 1; i < list.size(); ++i) {
    const Event* a = trip.event(list[i - 1]["id"]);
    const Event* b = trip.event(list[i]["id"]);
    ASSERT_TRUE(a && b);
    EXPECT_LE(a->time.start.utc, b->time.start.utc) << a->id << " listed before " << b->id;
  }
  std::vector<std::string> dated;  // events with a known day, in order
  for (const nlohmann::json& e : list)
    if (e["time_precision"] != "trip") dated.push_back(e["id"]);
  ASSERT_FALSE(dated.empty());
  EXPECT_EQ(dated.front(), "arrival-mayorkas");
  EXPECT_EQ(dated.back(), "departure-blinken");
}

TEST(TripAgenda, JsonCarriesPlaceCoordinatesParticipantsAndGrades) {
  nlohmann::json list = nlohmann::json::parse(agendaJson(panama(), TripClock(panama())));
  const nlohmann::json* cortizo = nullptr;
  const nlohmann::json* statement = nullptr;
  const nlohmann::json* pressConference = nullptr;
  for (const nlohmann::json& e : list) {
    if (e["id"] == "meeting-cortizo") cortizo = &e;
    if (e["id"] == "statement-arrangement") statement = &e;
    if (e["id"] == "press-conference") pressConference = &e;
  }
  ASSERT_TRUE(cortizo && statement && pressConference);
  EXPECT_EQ((*cortizo)["place"], "palacio-de-las-garzas");
  EXPECT_NEAR((*cortizo)["lon"].get<double>(), -79.5344, 1e-9);
  EXPECT_NEAR((*cortizo)["lat"].get<double>(), 8.9540, 1e-9);
  EXPECT_EQ((*cortizo)["start"], "2022-04-19T12:45-05:00");
  std::vector<std::string> names = (*cortizo)["participants"];
  EXPECT_NE(std::find(names.begin(), names.end(), "Laurentino Cortizo Cohen"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Antony J. Blinken"), names.end());
  EXPECT_EQ((*cortizo)["sources"][0]["source"], "dhs-2022-04-21");
  EXPECT_EQ((*cortizo)["sources"][0]["paragraph"], 4);
  EXPECT_TRUE((*statement)["place"].is_null());
  EXPECT_TRUE((*statement)["lon"].is_null());
  EXPECT_EQ((*statement)["time_precision"], "trip");
  EXPECT_EQ((*pressConference)["grade"], "C");
}

TEST(TripAgenda, TableHasADayPerLocalDateAndHonestTimes) {
  std::string text = formatAgenda(panama(), TripClock(panama()));
  EXPECT_NE(text.find("Monday 18 April 2022"), std::string::npos) << text;
  EXPECT_NE(text.find("Tuesday 19 April 2022"), std::string::npos);
  EXPECT_NE(text.find("Wednesday 20 April 2022"), std::string::npos);
  EXPECT_NE(text.find("America/Panama, UTC-05:00"), std::string::npos);
  EXPECT_NE(text.find("~12:00"), std::string::npos);       // hour precision: arrivals
  EXPECT_NE(text.find("afternoon"), std::string::npos);    // part of day: the Darién tour
  EXPECT_NE(text.find("evening"), std::string::npos);      // the Ministerial's opening
  EXPECT_NE(text.find("time not known"), std::string::npos);
  EXPECT_NE(text.find("During the trip (date not known)"), std::string::npos);
  EXPECT_NE(text.find("[inferred]"), std::string::npos);
  EXPECT_NE(text.find("(venue not known)"), std::string::npos);
  EXPECT_EQ(text.find("12:49"), std::string::npos) << "a part-of-day time must not be shown to the minute";
  size_t day18 = text.find("18 April"), tour = text.find("Tour of the Darién"), day19 = text.find("19 April");
  EXPECT_LT(day18, tour);
  EXPECT_LT(tour, day19);
}

}  // namespace
}  // namespace itinera
