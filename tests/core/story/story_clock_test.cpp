// The clock text is never more precise than the story at that moment: minutes only between or
// inside minute-precise items, the hour between hour-precise ones, else the part of the day.
#include <gtest/gtest.h>

#include "core/story/story_clock.h"
#include "test_trips.h"

namespace itinera {
namespace {

int64_t at(const std::string& iso) { return parseIsoTime(iso)->utc; }

ClockText panamaClock(const std::string& local) {
  static const Timeline timeline(test::panama(), TripClock(test::panama()));
  static const TripClock clock(test::panama());
  return clockAt(test::panama(), timeline, clock, at("2022-04-" + local + "-05:00"));
}

ClockText roadClock(const std::string& local) {
  static const Timeline timeline(test::roadTrip(), TripClock(test::roadTrip()));
  static const TripClock clock(test::roadTrip());
  return clockAt(test::roadTrip(), timeline, clock, at("2022-03-0" + local + "-05:00"));
}

TEST(StoryClock, InsideAPartOfDayEventTheClockNamesThePartOfTheDay) {
  ClockText tour = panamaClock("18T15:00");  // the Darién tour, "the afternoon of 18 April"
  EXPECT_EQ(tour.local, "Mon 18 Apr 2022, afternoon");
  EXPECT_EQ(tour.precision, ClockPrecision::PartOfDay);
  EXPECT_EQ(tour.utc.find("15:00"), std::string::npos) << tour.utc;
  EXPECT_EQ(tour.utc.find("20:00"), std::string::npos) << tour.utc;
  EXPECT_NE(tour.utc.find("America/Panama"), std::string::npos) << tour.utc;
  EXPECT_EQ(roadClock("2T10:45").local, "Wed 2 Mar 2022, morning");  // the talks, part of the day
}

TEST(StoryClock, OnADayOfEventsWithNoKnownHourTheClockGivesThePartOfTheDay) {
  // 20 April: every event is known only by its day; the round table's nominal 13:30 is not shown.
  EXPECT_EQ(panamaClock("20T13:45").local, "Wed 20 Apr 2022, afternoon");
  EXPECT_EQ(panamaClock("20T09:30").local, "Wed 20 Apr 2022, morning");
  EXPECT_EQ(panamaClock("19T03:00").local, "Tue 19 Apr 2022, night");
}

TEST(StoryClock, InsideAnHourPreciseItemTheClockGivesTheNearestHour) {
  ClockText arrival = panamaClock("18T12:00");  // Mayorkas lands around noon
  EXPECT_EQ(arrival.local, "Mon 18 Apr 2022, about 12:00");
  EXPECT_EQ(arrival.utc, "About 12:00 local (America/Panama, UTC-05:00) = about 17:00 UTC, 18 Apr");
  EXPECT_EQ(panamaClock("18T12:40").local, "Mon 18 Apr 2022, about 13:00");  // the helicopter leg, to the hour
}

TEST(StoryClock, BetweenEventsMinutesOnlyWhenBothSidesAreMinutePrecise) {
  ClockText afternoon = roadClock("2T14:00");  // lunch (minute) is over, the farewell (minute) to come
  EXPECT_EQ(afternoon.local, "Wed 2 Mar 2022, 14:00");
  EXPECT_EQ(afternoon.utc, "14:00 local (America/Panama, UTC-05:00) = 19:00 UTC, 2 Mar");
  EXPECT_EQ(roadClock("1T12:20").local, "Tue 1 Mar 2022, about 12:00");  // after an hour-precise meeting
  EXPECT_EQ(roadClock("1T07:30").local, "Tue 1 Mar 2022, morning");     // before the first event
  EXPECT_EQ(roadClock("1T10:00").local, "Tue 1 Mar 2022, 10:00");       // on a minute-precise leg
}

TEST(StoryClock, AcrossZonesTheClockNamesItsZone) {
  const Trip& trip = test::loadedTrip(ITINERA_FIXTURES "/trips/tri-capital.geojson");
  const Timeline timeline(trip, TripClock(trip));
  int64_t briefing = at("2023-03-11T10:00-05:00");  // the staff briefing in Washington, to the minute
  EXPECT_EQ(clockAt(trip, timeline, timeline.clock(), briefing, true).local, "Sat 11 Mar 2023, 10:00 EST");
  EXPECT_EQ(clockAt(trip, timeline, timeline.clock(), briefing).local, "Sat 11 Mar 2023, 10:00");
  // In another place's zone, the hover names that zone, not the trip's.
  TripClock mexico("America/Mexico_City", -360);
  ClockText there = clockAt(trip, timeline, mexico, briefing, true);
  EXPECT_EQ(there.local, "Sat 11 Mar 2023, 09:00 CST");
  EXPECT_NE(there.utc.find("America/Mexico_City, UTC-06:00"), std::string::npos) << there.utc;
}

}  // namespace
}  // namespace itinera

namespace itinera {
namespace {

TEST(StoryClock, TheStoryEndsWhenTheLastTravellerLeavesNotAtMidnight) {
  const Trip& trip = test::panama();
  EXPECT_EQ(storyEnd(trip), parseIsoTime("2022-04-20T17:30-05:00")->utc);  // Blinken, the last to leave
  EXPECT_LT(storyEnd(trip), trip.periodEnd.utc);
  Trip alone = trip;
  alone.travellers.clear();
  EXPECT_LT(storyEnd(alone), trip.periodEnd.utc);
  EXPECT_GT(storyEnd(alone), parseIsoTime("2022-04-19T12:00-05:00")->utc);
}

}  // namespace
}  // namespace itinera
