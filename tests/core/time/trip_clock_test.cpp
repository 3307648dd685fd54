// The trip clock: offsets through date/tz with daylight saving, the TZif footer after the last
// transition (also in a slim file), local time to UTC around transitions, local days, fallbacks.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/time/timeline.h"
#include "core/time/trip_clock.h"
#include "test_trips.h"

namespace itinera {
namespace {

int64_t at(const std::string& iso) {
  auto t = parseIsoTime(iso);
  EXPECT_TRUE(t) << iso;
  return t ? t->utc : 0;
}

TripClock newYork() {
  TripClock clock("America/New_York", 0);
  EXPECT_TRUE(clock.hasZone()) << clock.zoneError();
  return clock;
}

TEST(TripClock, PanamaIsFiveHoursBehindUtcAllYear) {
  TripClock clock("America/Panama", 0);
  ASSERT_TRUE(clock.hasZone()) << clock.zoneError();
  EXPECT_EQ(clock.offsetMinutes(at("2022-04-19T12:00Z")), -300);
  EXPECT_EQ(clock.offsetMinutes(at("2022-12-19T12:00Z")), -300);
  EXPECT_EQ(clock.offsetMinutes(at("2060-06-19T12:00Z")), -300);
  EXPECT_EQ(clock.iso(at("2022-04-19T19:30Z")), "2022-04-19T14:30-05:00");
}

TEST(TripClock, NewYorkFollowsDaylightSaving) {
  TripClock clock = newYork();
  EXPECT_EQ(clock.offsetMinutes(at("2022-01-15T12:00Z")), -300);
  EXPECT_EQ(clock.abbreviation(at("2022-01-15T12:00Z")), "EST");
  EXPECT_EQ(clock.offsetMinutes(at("2022-07-15T12:00Z")), -240);
  EXPECT_EQ(clock.abbreviation(at("2022-07-15T12:00Z")), "EDT");
  EXPECT_EQ(clock.iso(at("2022-07-15T12:00Z")), "2022-07-15T08:00-04:00");
  CivilTime c = clock.civil(at("2022-07-15T02:30Z"));
  EXPECT_EQ(c.day, 14);
  EXPECT_EQ(c.hour, 22);
}

// The system's files list transitions up to 2037 at most; later offsets come from the footer rule.
TEST(TripClock, DaylightSavingGoesOnAfterTheFilesLastTransition) {
  TripClock clock = newYork();
  EXPECT_EQ(clock.iso(at("2050-07-01T16:00Z")), "2050-07-01T12:00-04:00");
  EXPECT_EQ(clock.abbreviation(at("2050-07-01T16:00Z")), "EDT");
  EXPECT_EQ(clock.offsetMinutes(at("2050-01-15T12:00Z")), -300);
  EXPECT_EQ(clock.offsetMinutes(at("2038-11-07T05:30Z")), -240);  // 01:30 EDT, before the change at 06:00Z
  EXPECT_EQ(clock.offsetMinutes(at("2038-11-07T06:30Z")), -300);
}

// A slim TZif file (zic -b slim) lists no transition the footer rule can give: here none after
// 2007, so every later offset, winter and summer, comes from the footer.
TEST(TripClock, SlimFilesFollowTheirFooterRule) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("itinera-slim-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    std::ofstream src(dir / "eastern.zi");
    src << "Rule\tTest\t2007\tmax\t-\tMar\tSun>=8\t2:00\t1:00\tD\n"
           "Rule\tTest\t2007\tmax\t-\tNov\tSun>=1\t2:00\t0\tS\n"
           "Zone\tTest/Eastern\t-5:00\t-\tEST\t2000\n"
           "\t\t\t-5:00\tTest\tE%sT\n";
  }
  std::string zic = "zic -b slim -d '" + (dir / "zoneinfo").string() + "' '" + (dir / "eastern.zi").string() + "'";
  if (std::system(zic.c_str()) != 0) GTEST_SKIP() << "zic (libc-bin) is not available";
  TripClock clock("Test/Eastern", 0, (dir / "zoneinfo").string());
  ASSERT_TRUE(clock.hasZone()) << clock.zoneError();
  EXPECT_EQ(clock.offsetMinutes(at("1999-07-15T12:00Z")), -300);  // before the rules: standard time
  EXPECT_EQ(clock.offsetMinutes(at("2022-01-15T12:00Z")), -300);
  EXPECT_EQ(clock.offsetMinutes(at("2022-07-15T12:00Z")), -240);
  EXPECT_EQ(clock.abbreviation(at("2022-07-15T12:00Z")), "EDT");
  EXPECT_EQ(clock.offsetMinutes(at("2050-07-01T12:00Z")), -240);
  EXPECT_EQ(clock.offsetMinutes(at("2050-12-01T12:00Z")), -300);
  fs::remove_all(dir);
}

TEST(TripClock, LocalTimesBecomeInstantsAcrossTransitions) {
  TripClock clock = newYork();
  auto local = [](const std::string& text) { return at(text + "Z"); };  // a local time as if UTC
  EXPECT_EQ(clock.toUtc(local("2022-07-15T08:00")), at("2022-07-15T08:00-04:00"));
  EXPECT_EQ(clock.toUtc(local("2022-01-15T08:00")), at("2022-01-15T08:00-05:00"));
  // 02:30 on 13 March 2022 was skipped: read with the offset before the gap.
  EXPECT_EQ(clock.toUtc(local("2022-03-13T02:30")), at("2022-03-13T03:30-04:00"));
  // 01:30 on 6 November 2022 came twice: the earlier.
  EXPECT_EQ(clock.toUtc(local("2022-11-06T01:30")), at("2022-11-06T01:30-04:00"));
  EXPECT_EQ(clock.toUtc(local("2050-07-01T12:00")), at("2050-07-01T12:00-04:00"));
}

TEST(TripClock, LocalDaysAndTheirMidnights) {
  TripClock clock = newYork();
  int64_t day = clock.localDay(at("2022-03-13T03:00Z"));  // 22:00 on the 12th in New York
  EXPECT_EQ(day, daysFromCivil(2022, 3, 12));
  EXPECT_EQ(clock.localMidnight(day), at("2022-03-12T00:00-05:00"));
  EXPECT_EQ(clock.localMidnight(day + 1), at("2022-03-13T00:00-05:00"));
  EXPECT_EQ(clock.localMidnight(day + 2), at("2022-03-14T00:00-04:00"));  // the 13th had 23 hours
}

TEST(TripClock, AnUnreadableZoneFallsBackToTheGivenOffsetAndSaysWhy) {
  for (const char* bad : {"America/Atlantis", "../../etc/passwd", "/etc/passwd", "America", "", "Europe/Paris;rm"}) {
    TripClock clock(bad, -300);
    EXPECT_FALSE(clock.hasZone()) << bad;
    EXPECT_NE(clock.zoneError().find("not a known IANA time zone"), std::string::npos) << clock.zoneError();
    EXPECT_EQ(clock.offsetMinutes(at("2022-07-15T12:00Z")), -300) << bad;
    EXPECT_EQ(clock.iso(at("2022-07-15T12:00Z")), "2022-07-15T07:00-05:00") << bad;
  }
  EXPECT_FALSE(isPlausibleZoneName("Europe/Paris;rm"));
  EXPECT_TRUE(isPlausibleZoneName("America/Port-au-Prince"));
}

TEST(TripClock, ATripsClockFallsBackToThePeriodStartsOffset) {
  Trip trip = test::roadTrip();
  trip.timeZone = "Mars/Olympus_Mons";
  trip.periodStart.offsetMinutes = 330;
  TripClock clock(trip);
  EXPECT_FALSE(clock.hasZone());
  EXPECT_EQ(clock.offset(trip.periodEnd), 330);
}

// The timeline takes its days from the clock: a day that springs forward has 23 hours.
TEST(TripClock, TimelineDaysFollowTheClock) {
  Trip trip = test::roadTrip();
  trip.timeZone = "America/New_York";
  trip.periodStart = *parseIsoTime("2022-03-12T00:00-05:00");
  trip.periodEnd = *parseIsoTime("2022-03-15T00:00-04:00");
  TripClock clock(trip);
  Timeline tl(trip, clock);
  std::vector<Timeline::Day> days = tl.days();
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days[1].label, "Sun 13 Mar");
  EXPECT_EQ(days[1].end - days[1].start, 23 * 3600);
  EXPECT_EQ(days[2].start, at("2022-03-14T00:00-04:00"));
  EXPECT_EQ(tl.clock().zoneName(), "America/New_York");
}

}  // namespace
}  // namespace itinera
