// Times: ISO 8601 with offsets, civil dates, and offsets from the tz database.
#include <gtest/gtest.h>

#include "core/time/time_format.h"
#include "core/time/trip_time_zone.h"

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

TEST(TripTimeZone, PanamaIsFiveHoursBehindUtcAllYear) {
  auto zone = TimeZone::load("America/Panama");
  if (!zone) GTEST_SKIP() << "no tz database at /usr/share/zoneinfo";
  EXPECT_EQ(zone->offsetMinutes(parseIsoTime("2022-04-19T12:00Z")->utc), -300);
  EXPECT_EQ(zone->offsetMinutes(parseIsoTime("2022-12-19T12:00Z")->utc), -300);
}

TEST(TripTimeZone, DaylightSavingIsFollowed) {
  auto zone = TimeZone::load("America/New_York");
  if (!zone) GTEST_SKIP() << "no tz database at /usr/share/zoneinfo";
  EXPECT_EQ(zone->offsetMinutes(parseIsoTime("2022-01-15T12:00Z")->utc), -300);
  EXPECT_EQ(zone->offsetMinutes(parseIsoTime("2022-07-15T12:00Z")->utc), -240);
}

TEST(TripTimeZone, UnknownOrHostileNamesAreRefused) {
  EXPECT_FALSE(TimeZone::load("America/Atlantis"));
  EXPECT_FALSE(TimeZone::load("../../etc/passwd"));
  EXPECT_FALSE(TimeZone::load("/etc/passwd"));
  EXPECT_FALSE(TimeZone::load("America"));  // a directory
  EXPECT_FALSE(TimeZone::load(""));
  EXPECT_FALSE(isPlausibleZoneName("Europe/Paris;rm"));
}

}  // namespace
}  // namespace itinera
