// Stepping and the event at a moment on the real trip: no false simultaneity. Each dated event
// is visited at exactly one stop; an event whose hour is not known is never the event at a
// moment, never active, and never where a traveller is shown.
#include <gtest/gtest.h>

#include <map>

#include "core/time/timeline.h"
#include "test_trips.h"

namespace itinera {
namespace {

int64_t april(const std::string& local) { return parseIsoTime("2022-04-" + local + "-05:00")->utc; }

TEST(StorySteppingTest, SteppingVisitsEachDatedEventExactlyOnce) {
  const Trip& trip = test::panama();
  Timeline tl(trip, TripClock(trip));
  std::vector<int64_t> stops;
  for (auto t = tl.nextEventTime(tl.start() - 1); t; t = tl.nextEventTime(*t)) stops.push_back(*t);
  std::map<std::string, int> visits;
  for (int64_t stop : stops)
    for (const Event& e : trip.events)
      if (tl.stopFor(e) == stop) ++visits[e.id];
  for (const Event& e : trip.events) {
    if (e.time.precision == TimePrecision::Trip) {
      EXPECT_EQ(tl.stopFor(e), std::nullopt) << e.id;
      continue;
    }
    EXPECT_EQ(visits[e.id], 1) << e.id;
  }
  // Backwards, the same stops.
  std::vector<int64_t> back;
  for (auto t = tl.previousEventTime(tl.end() + 1); t; t = tl.previousEventTime(*t)) back.insert(back.begin(), *t);
  EXPECT_EQ(back, stops);
  // The 20 April round table shares its nominal start with a bilateral; both are told at the
  // start of that day, with the day's other events whose hour is not known.
  EXPECT_EQ(tl.stopFor(*trip.event("blinken-roundtable")), april("20T00:00"));
  EXPECT_EQ(tl.stopFor(*trip.event("bilateral-holguin")), april("20T00:00"));
  EXPECT_EQ(tl.stopFor(*trip.event("darien-tour")), april("18T12:49"));
}

TEST(StorySteppingTest, AnEventWithNoKnownHourIsNeverNowNorWhereTravellersAre) {
  const Trip& trip = test::panama();
  Timeline tl(trip, TripClock(trip));
  EXPECT_EQ(tl.eventAt(april("20T13:45")), nullptr);  // the round table's and a bilateral's nominal hour
  EXPECT_EQ(tl.eventAt(april("20T10:15")), nullptr);  // the address within the sessions
  for (int64_t t = tl.start(); t <= tl.end(); t += 7 * 60) {
    if (const Event* e = tl.eventAt(t)) EXPECT_NE(e->time.precision, TimePrecision::Day) << e->id;
    Timeline::State s = tl.at(t);
    for (const Event* e : s.active) EXPECT_NE(e->time.precision, TimePrecision::Day) << e->id;
    for (const Event* e : s.hourUnknown) EXPECT_EQ(e->time.precision, TimePrecision::Day) << e->id;
    for (const Timeline::TravellerState& traveller : s.travellers)
      if (traveller.event) EXPECT_NE(traveller.event->time.precision, TimePrecision::Day) << traveller.event->id;
  }
  Timeline::State roundTable = tl.at(april("20T13:45"));
  std::vector<std::string> unknown;
  for (const Event* e : roundTable.hourUnknown) unknown.push_back(e->id);
  EXPECT_NE(std::find(unknown.begin(), unknown.end(), "blinken-roundtable"), unknown.end());
  for (const Timeline::TravellerState& traveller : roundTable.travellers) {
    EXPECT_NE(traveller.place, "american-trade-hotel") << traveller.id;
  }
}

}  // namespace
}  // namespace itinera
