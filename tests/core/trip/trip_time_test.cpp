// Times: ISO 8601 with offsets, why a text is not one, and civil dates.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/time/time_format.h"
#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

TEST(TripTime, ParsesOffsetsToUtc) {
  auto t = parseIsoTime("2022-04-19T12:00-05:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->utc, 1650387600);  // 2022-04-19T17:00Z
  EXPECT_EQ(t->offsetMinutes, -300);
  EXPECT_EQ(parseIsoTime("2022-04-19T17:00Z")->utc, t->utc);
  EXPECT_EQ(parseIsoTime("2022-04-19T17:00:30+00:00")->utc, t->utc + 30);
  EXPECT_EQ(parseIsoTime("2022-04-20T02:30+09:30")->utc, t->utc);
}

TEST(TripTime, RejectsWhatIsNotAFullTimeWithOffset) {
  for (const char* bad : {"", "2022-04-19", "2022-04-19T12:00", "2022-04-19 12:00-05:00", "2022-04-19T24:00-05:00",
                          "2022-02-29T12:00Z", "2022-13-01T00:00Z", "2022-04-19T12:60Z", "2022-04-19T12:00-5:00",
                          "2022-04-19T12:00-05:00 ", "1800-01-01T00:00Z", "2022-04-19T12:00+15:00", "22-04-19T12:00Z"})
    EXPECT_FALSE(parseIsoTime(bad)) << bad;
  EXPECT_TRUE(parseIsoTime("2024-02-29T00:00Z"));
}

TEST(TripTime, FormatsInTheGivenOffset) {
  auto t = parseIsoTime("2022-04-18T23:30-05:00");
  EXPECT_EQ(formatIsoTime(*t), "2022-04-18T23:30-05:00");
  EXPECT_EQ(formatIsoTime(t->utc, 0), "2022-04-19T04:30+00:00");
  EXPECT_EQ(formatIsoTime(t->utc + 7, -300), "2022-04-18T23:30:07-05:00");
  EXPECT_EQ(formatOffset(330), "+05:30");
}

TEST(TripTime, CivilDatesRoundTrip) {
  for (int64_t days : {-1000, -1, 0, 1, 19101, 47482}) {
    CivilTime c = civilFromUnix(days * 86400 + 3723);
    EXPECT_EQ(daysFromCivil(c.year, c.month, c.day), days);
    EXPECT_EQ(c.hour, 1);
    EXPECT_EQ(c.minute, 2);
    EXPECT_EQ(c.second, 3);
  }
  EXPECT_EQ(parseIsoDate("2022-04-21"), daysFromCivil(2022, 4, 21));
  EXPECT_FALSE(parseIsoDate("2022-04-31"));
}

// Each unreadable time says what is wrong with it, not only that something is.
TEST(TripTime, UnreadableTimesSayWhatIsWrong) {
  struct Case {
    const char* text;
    TimeFault fault;
    const char* problem;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"2022-04-19T25:00-05:00", TimeFault::HourOutOfRange, "hour 25 is out of range (00-23)"},
           {"2022-02-30T12:00-05:00", TimeFault::DayNotInMonth, "day 30 is not in February 2022"},
           {"2023-02-29T12:00Z", TimeFault::DayNotInMonth, "day 29 is not in February 2023"},
           {"99999-01-01T00:00Z", TimeFault::YearOutOfRange, "year 99999 is outside 1900-2200"},
           {"1800-01-01T00:00Z", TimeFault::YearOutOfRange, "year 1800 is outside 1900-2200"},
           {"2022-13-01T00:00Z", TimeFault::MonthOutOfRange, "month 13 is out of range (01-12)"},
           {"2022-04-19T12:60Z", TimeFault::MinuteOutOfRange, "minute 60 is out of range (00-59)"},
           {"2022-04-19T12:00:61Z", TimeFault::SecondOutOfRange, "second 61 is out of range (00-59)"},
           {"2022-04-19T12:00", TimeFault::MissingOffset, "the offset is required"},
           {"2022-04-19T12:00+15:00", TimeFault::OffsetOutOfRange, "offset +15:00 is out of range"},
           {"2022-04-19 12:00-05:00", TimeFault::Syntax, "expected 'T' between the date and the time at character 11, found ' '"},
           {"2022-04-19T12:00-5:00", TimeFault::Syntax, "expected the offset's 2-digit hours at character 18, found '5'"},
           {"2022-04-19T12:00-05:00 ", TimeFault::Syntax, "expected the end after the offset at character 23, found ' '"},
           {"22-04-19T12:00Z", TimeFault::Syntax, "expected a 4-digit year at character 1, found '2'"},
           {"2022-04-19", TimeFault::Syntax, "expected 'T' between the date and the time at character 11, found the end"},
           {"", TimeFault::Syntax, "expected a 4-digit year at character 1, found the end"},
       }) {
    TimeReading r = readIsoTime(c.text);
    EXPECT_FALSE(r.time) << c.text;
    EXPECT_EQ(r.fault, c.fault) << c.text;
    EXPECT_NE(r.problem.find(c.problem), std::string::npos) << c.text << ": " << r.problem;
  }
}

// The loader's message carries the reason: the offset is there, the hour is not.
TEST(TripTime, TheLoaderSaysWhyATimeIsUnreadable) {
  std::ifstream in(ITINERA_FIXTURES "/trips/minimal.geojson");
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json doc = nlohmann::json::parse(ss.str());
  for (auto& f : doc["features"])
    if (f["id"] == "port-meeting") f["properties"]["start"] = "2021-05-03T25:00-05:00";
  TripLoadResult r = loadTripFromString(doc.dump(), "t.geojson");
  std::string all;
  for (const TripProblem& p : r.problems) all += p.format() + "\n";
  EXPECT_NE(all.find("port-meeting: properties.start: \"2021-05-03T25:00-05:00\" is not a time like "
                     "2022-04-19T12:00-05:00: hour 25 is out of range (00-23)"),
            std::string::npos)
      << all;
  EXPECT_EQ(all.find("the offset is required"), std::string::npos) << all;
}

}  // namespace
}  // namespace itinera
