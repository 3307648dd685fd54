// The timeline: traveller states, leg interpolation, event sets, stepping, days, nights, uncertainty.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "core/time/timeline.h"
#include "core/trip/trip_loader.h"
#include "test_trips.h"

namespace itinera {
namespace {

using test::panama;
using test::roadTrip;

using Status = Timeline::TravellerState::Status;


int64_t at(const std::string& iso) {
  auto t = parseIsoTime(iso);
  EXPECT_TRUE(t) << iso;
  return t ? t->utc : 0;
}
int64_t march(const std::string& dayAndTime) { return at("2022-03-0" + dayAndTime + "-05:00"); }
int64_t april(const std::string& dayAndTime) { return at("2022-04-" + dayAndTime + "-05:00"); }

const Timeline::TravellerState& traveller(const Timeline::State& s, const std::string& id) {
  auto it = std::find_if(s.travellers.begin(), s.travellers.end(), [&](auto& t) { return t.id == id; });
  if (it == s.travellers.end()) {
    ADD_FAILURE() << "no traveller " << id;
    std::abort();
  }
  return *it;
}

std::vector<std::string> ids(std::span<const Event* const> events) {
  std::vector<std::string> out;
  for (const Event* e : events) out.push_back(e->id);
  std::sort(out.begin(), out.end());
  return out;
}

CivilTime local(const Timeline& tl, int64_t utc) { return civilFromUnix(utc + int64_t{tl.offsetMinutes(utc)} * 60); }

void expectNear(LonLat a, LonLat b, double tolerance = 1e-6) {
  EXPECT_NEAR(a.lon, b.lon, tolerance);
  EXPECT_NEAR(a.lat, b.lat, tolerance);
}

TEST(Timeline, PeriodIsTheTripPeriod) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  EXPECT_EQ(tl.start(), march("1T00:00"));
  EXPECT_EQ(tl.end(), march("3T00:00"));
}

TEST(Timeline, TravellerAtAnEventIsAtItsPlace) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  auto ana = traveller(tl.at(march("1T08:30")), "ana");
  EXPECT_EQ(ana.status, Status::AtEvent);
  ASSERT_NE(ana.event, nullptr);
  EXPECT_EQ(ana.event->id, "breakfast");
  EXPECT_EQ(ana.place, "town-a");
  EXPECT_EQ(ana.name, "Ana Example");
  expectNear(ana.position, {-80.0, 8.0});
}

TEST(Timeline, EventAtAnAreaIsAtItsRepresentativePoint) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  auto ana = traveller(tl.at(march("1T16:00")), "ana");
  ASSERT_EQ(ana.status, Status::AtEvent);
  EXPECT_EQ(ana.event->id, "reserve-walk");
  expectNear(ana.position, {-79.4, 8.1}, 1e-3);  // the square's centre
}

TEST(Timeline, BetweenEventsTheTravellerWaitsWhereTheLastOneEnded) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  auto ana = traveller(tl.at(march("1T12:30")), "ana");  // after meeting-b, before lunch-b
  EXPECT_EQ(ana.status, Status::Waiting);
  EXPECT_EQ(ana.event, nullptr);
  EXPECT_EQ(ana.leg, nullptr);
  EXPECT_EQ(ana.place, "town-b");
  expectNear(ana.position, {-80.0, 8.4});
  auto night = traveller(tl.at(march("2T03:00")), "ana");  // back in Town A for the night
  EXPECT_EQ(night.status, Status::Waiting);
  EXPECT_EQ(night.place, "town-a");
}

TEST(Timeline, LegIsInterpolatedByDistanceAlongItsRoute) {
  // a-to-b runs north along a meridian: 0.1 degree, then 0.3 degree. Halfway by distance is at
  // latitude 8.2, not at the middle vertex (8.1) nor on a straight chord.
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  auto start = traveller(tl.at(march("1T09:00")), "ana");
  auto middle = traveller(tl.at(march("1T10:00")), "ana");
  auto quarter = traveller(tl.at(march("1T09:30")), "ana");
  EXPECT_EQ(start.status, Status::Travelling);
  ASSERT_NE(middle.leg, nullptr);
  EXPECT_EQ(middle.leg->id, "a-to-b");
  EXPECT_NEAR(start.legFraction, 0.0, 1e-12);
  EXPECT_NEAR(middle.legFraction, 0.5, 1e-12);
  expectNear(start.position, {-80.0, 8.0});
  expectNear(middle.position, {-80.0, 8.2}, 1e-9);
  expectNear(quarter.position, {-80.0, 8.1}, 1e-9);
  const Leg& leg = roadTrip().legs[0];
  ASSERT_EQ(leg.id, "a-to-b");
  expectNear(tl.legPosition(leg, 1.0), {-80.0, 8.4});
  expectNear(tl.legPosition(leg, 0.75), {-80.0, 8.3}, 1e-9);
}

TEST(Timeline, LegWithoutRouteRunsStraightBetweenItsPlaces) {
  Trip trip = roadTrip();
  trip.legs[0].route.clear();
  Timeline tl(trip, TripClock(trip));
  expectNear(tl.legPosition(trip.legs[0], 0.0), {-80.0, 8.0});
  expectNear(tl.legPosition(trip.legs[0], 0.5), {-80.0, 8.2}, 1e-9);
  expectNear(tl.legPosition(trip.legs[0], 1.0), {-80.0, 8.4});
}

TEST(Timeline, StatusTransitionsThroughTheDay) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  std::vector<std::pair<std::string, Status>> expected = {
      {"1T07:59", Status::Away},     {"1T08:00", Status::AtEvent},  {"1T09:00", Status::Travelling},
      {"1T10:59", Status::Travelling}, {"1T11:00", Status::AtEvent}, {"1T12:01", Status::Waiting},
      {"1T14:30", Status::Travelling}, {"1T15:00", Status::AtEvent}, {"1T17:00", Status::Travelling},
      {"1T18:00", Status::Waiting},  {"2T18:00", Status::AtEvent},  {"2T18:01", Status::Away}};
  for (auto& [when, status] : expected)
    EXPECT_EQ(toString(traveller(tl.at(march(when)), "ana").status), std::string(toString(status))) << when;
}

TEST(Timeline, AwayTravellersStandAtTheirNearestPlace) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  auto before = traveller(tl.at(march("1T12:00")), "ben");  // Ben comes on the second day
  EXPECT_EQ(before.status, Status::Away);
  EXPECT_EQ(before.place, "town-a");
  auto after = traveller(tl.at(march("2T15:00")), "ben");  // and leaves at noon
  EXPECT_EQ(after.status, Status::Away);
  EXPECT_EQ(after.place, "town-a");
  EXPECT_EQ(after.event, nullptr);
}

TEST(Timeline, NestedEventsGiveTheMostSpecific) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  Timeline::State s = tl.at(march("2T10:15"));  // the signing at the office, during the talks
  EXPECT_EQ(traveller(s, "ana").event->id, "signing");
  EXPECT_EQ(traveller(s, "ben").event->id, "signing");
  EXPECT_EQ(traveller(s, "ana").place, "office-a");
  EXPECT_EQ(tl.eventAt(march("2T10:15"))->id, "signing");
  EXPECT_EQ(tl.eventAt(march("2T10:45"))->id, "talks");
  EXPECT_EQ(tl.eventAt(march("2T14:00")), nullptr);
}

TEST(Timeline, ActivePastAndUpcomingEvents) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  Timeline::State s = tl.at(march("1T15:45"));
  EXPECT_EQ(ids(s.active), (std::vector<std::string>{"ranger-briefing", "reserve-walk"}));
  EXPECT_EQ(ids(s.past), (std::vector<std::string>{"breakfast", "lunch-b", "meeting-b"}));
  EXPECT_EQ(ids(s.upcoming), (std::vector<std::string>{"arrival-ben", "farewell", "lunch-a", "signing", "talks"}));
  // The statement is known only to fall within the trip: never active, listed apart.
  EXPECT_EQ(ids(s.undated), std::vector<std::string>{"statement"});
  EXPECT_EQ(ids(tl.at(march("2T09:00")).active), (std::vector<std::string>{"arrival-ben", "talks"}));
  EXPECT_TRUE(tl.at(march("2T09:01")).active.size() == 1);  // an instant event is over
}

TEST(Timeline, SteppingJumpsFromEventToEventOverTheNight) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  EXPECT_EQ(tl.nextEventTime(march("1T14:30")), march("1T15:00"));
  EXPECT_EQ(tl.nextEventTime(march("1T15:00")), march("1T15:30"));  // strictly after
  EXPECT_EQ(tl.nextEventTime(march("1T15:30")), march("2T09:00"));  // over the night
  EXPECT_EQ(tl.nextEventTime(march("2T09:00")), march("2T10:00"));  // talks and arrival-ben count once
  EXPECT_EQ(tl.previousEventTime(march("2T10:00")), march("2T09:00"));
  EXPECT_EQ(tl.previousEventTime(march("2T09:00")), march("1T15:30"));
  EXPECT_EQ(tl.nextEventTime(march("2T17:00")), std::nullopt);
  EXPECT_EQ(tl.previousEventTime(march("1T08:00")), std::nullopt);
  EXPECT_EQ(tl.nextEventTime(tl.start()), march("1T08:00"));  // the undated statement is not a stop
}

TEST(Timeline, TrailIsTheRouteTravelledSoFarAndRouteAfterTheRest) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  std::vector<LonLat> done = tl.trailUntil("ana", march("1T10:00"));
  ASSERT_EQ(done.size(), 3u);
  expectNear(done[0], {-80.0, 8.0});
  expectNear(done[1], {-80.0, 8.1});
  expectNear(done[2], {-80.0, 8.2}, 1e-9);  // ends at her position
  std::vector<LonLat> ahead = tl.routeAfter("ana", march("1T10:00"));
  ASSERT_GE(ahead.size(), 2u);
  expectNear(ahead.front(), {-80.0, 8.2}, 1e-9);  // the two parts meet
  expectNear(ahead[1], {-80.0, 8.4});
  expectNear(ahead.back(), {-80.0, 8.0});  // ends back in Town A
  EXPECT_EQ(ahead.size(), 4u);             // 8.2, 8.4, the reserve, Town A
  EXPECT_TRUE(tl.trailUntil("ana", march("1T08:30")).empty());
  EXPECT_EQ(tl.trailUntil("ana", march("2T12:00")).size(), 5u);  // the whole loop, back to Town A
  EXPECT_TRUE(tl.routeAfter("ana", march("2T12:00")).empty());
  EXPECT_TRUE(tl.trailUntil("nobody", march("2T12:00")).empty());
  // Bounded by a display's horizon: the trail leaves out the legs that arrived before `since`,
  // the route to come those departing after `until`.
  EXPECT_EQ(tl.trailUntil("ana", march("2T12:00"), march("2T12:00")).size(), 0u);
  EXPECT_EQ(tl.trailUntil("ana", march("2T12:00"), tl.start()).size(), 5u);
  EXPECT_EQ(tl.routeAfter("ana", march("1T10:00"), march("1T10:00")).size(), 2u);  // the leg under way only
  EXPECT_EQ(tl.routeAfter("ana", march("1T10:00"), tl.end()).size(), ahead.size());
  // And by a number of legs: the last ones travelled, the next ones to come.
  std::vector<LonLat> lastLeg = tl.trailUntil("ana", march("2T12:00"), tl.start(), 1);
  ASSERT_EQ(lastLeg.size(), 2u);  // the reserve back to Town A
  expectNear(lastLeg[0], {-79.4, 8.1});
  expectNear(lastLeg[1], {-80.0, 8.0});
  EXPECT_EQ(tl.trailUntil("ana", march("2T12:00"), tl.start(), 2).size(), 3u);
  EXPECT_EQ(tl.trailUntil("ana", march("2T12:00"), tl.start(), 3).size(), 5u);
  EXPECT_TRUE(tl.trailUntil("ana", march("2T12:00"), tl.start(), 0).empty());
  EXPECT_EQ(tl.trailUntil("ana", march("1T10:00"), tl.start(), 1).size(), 3u);  // the leg under way
  std::vector<LonLat> nextLeg = tl.routeAfter("ana", march("1T10:00"), tl.end(), 1);
  ASSERT_EQ(nextLeg.size(), 2u);  // the rest of the leg under way
  expectNear(nextLeg[1], {-80.0, 8.4});
  EXPECT_EQ(tl.routeAfter("ana", march("1T12:00"), tl.end(), 1).size(), 2u);  // Town B to the reserve
  EXPECT_EQ(tl.routeAfter("ana", march("1T12:00"), tl.end(), 2).size(), 3u);
}

TEST(Timeline, DaysAreLocalCalendarDaysWithLabels) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  std::vector<Timeline::Day> days = tl.days();
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].label, "Tue 1 Mar");
  EXPECT_EQ(days[1].label, "Wed 2 Mar");
  EXPECT_EQ(days[0].start, march("1T00:00"));
  EXPECT_EQ(days[0].end, march("2T00:00"));
  EXPECT_EQ(days[1].end, march("3T00:00"));
}

TEST(Timeline, PanamaTripHasThreeDaysWithNightsAtDuskAndDawn) {
  Timeline tl(panama(), TripClock(panama()));
  std::vector<Timeline::Day> days = tl.days();
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days[0].label, "Mon 18 Apr");
  EXPECT_EQ(days[1].label, "Tue 19 Apr");
  EXPECT_EQ(days[2].label, "Wed 20 Apr");
  for (const Timeline::Day& d : days) {
    EXPECT_EQ(local(tl, d.start).hour, 0) << d.label;
    EXPECT_EQ(d.end - d.start, 86400) << d.label;
    ASSERT_EQ(d.nights.size(), 2u) << d.label;
    EXPECT_EQ(d.nights[0].first, d.start);  // midnight to sunrise
    EXPECT_EQ(d.nights[1].second, d.end);   // sunset to midnight
    CivilTime sunrise = local(tl, d.nights[0].second), sunset = local(tl, d.nights[1].first);
    int riseMin = sunrise.hour * 60 + sunrise.minute, setMin = sunset.hour * 60 + sunset.minute;
    EXPECT_GE(riseMin, 5 * 60) << d.label;
    EXPECT_LE(riseMin, 7 * 60 + 30) << d.label;
    EXPECT_GE(setMin, 17 * 60) << d.label;
    EXPECT_LE(setMin, 20 * 60) << d.label;
    // Panama is near the equator: days and nights are close to 12 hours each.
    EXPECT_NEAR((d.nights[1].first - d.nights[0].second) / 3600.0, 12.2, 0.4) << d.label;
  }
}

TEST(Timeline, NightsFollowTheSeasonsAwayFromTheEquator) {
  // Move every place to Oslo: long June days, short December ones, and only the offset is UTC.
  Trip trip = roadTrip();
  for (Place& p : trip.places) p.location = {10.75, 59.91};
  for (Place& p : trip.places) p.areas.clear();
  trip.timeZone = "Etc/UTC";
  auto dayLength = [&](const std::string& date) {
    trip.periodStart = *parseIsoTime(date + "T00:00Z");
    trip.periodEnd = *parseIsoTime(date + "T23:59Z");
    Timeline tl(trip, TripClock(trip));
    auto d = tl.days();
    EXPECT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].nights.size(), 2u);
    return (d[0].nights[1].first - d[0].nights[0].second) / 3600.0;
  };
  EXPECT_NEAR(dayLength("2022-06-21"), 18.8, 0.3);
  EXPECT_NEAR(dayLength("2022-12-21"), 6.0, 0.3);
}

TEST(Timeline, NightsAreThoseOfWhereTheStoryIsNotOfEveryPlacesCentroid) {
  Trip trip = roadTrip();
  auto nights = [](const Trip& t) {
    std::vector<std::pair<int64_t, int64_t>> all;
    for (const Timeline::Day& d : Timeline(t, TripClock(t)).days()) all.insert(all.end(), d.nights.begin(), d.nights.end());
    return all;
  };
  auto before = nights(trip);
  // Places nobody goes to, far north, move the centroid 30 degrees but not the travellers.
  for (const char* id : {"north-a", "north-b"}) {
    Place far = trip.places.front();
    far.id = id;
    far.location = {-79.5, 85.0};
    trip.places.push_back(far);
  }
  ASSERT_EQ(before.size(), 4u);
  EXPECT_EQ(nights(trip), before);
}

TEST(Timeline, UncertainSpansComeFromEarliestAndLatest) {
  Timeline tl(roadTrip(), TripClock(roadTrip()));
  std::vector<Timeline::Uncertain> spans = tl.uncertainSpans();
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].event->id, "meeting-b");
  EXPECT_EQ(spans[0].earliest, march("1T10:30"));
  EXPECT_EQ(spans[0].latest, march("1T13:00"));
  EXPECT_EQ(spans[1].event->id, "talks");
  EXPECT_EQ(spans[1].earliest, march("2T08:00"));
  EXPECT_EQ(spans[1].latest, march("2T12:00"));
}

TEST(Timeline, PanamaTripFollowsMayorkasToTheDarienAndBack) {
  const Trip& trip = panama();
  Timeline tl(trip, TripClock(trip));
  auto onTheWay = traveller(tl.at(april("18T12:30")), "mayorkas");
  EXPECT_EQ(onTheWay.status, Status::Travelling);
  EXPECT_EQ(onTheWay.leg->id, "leg-mayorkas-to-darien");
  // Between Panama City (-79.53) and San Vicente (-77.98).
  EXPECT_LT(onTheWay.position.lon, -78.1);
  EXPECT_GT(onTheWay.position.lon, -79.4);
  auto tour = traveller(tl.at(april("18T15:00")), "mayorkas");
  EXPECT_EQ(tour.status, Status::AtEvent);
  EXPECT_EQ(tour.event->id, "darien-tour");
  EXPECT_TRUE(trip.placeWithin(tour.place, "darien"));
  EXPECT_EQ(traveller(tl.at(april("18T15:00")), "blinken").status, Status::Away);
  auto together = tl.at(april("19T13:30"));
  EXPECT_EQ(traveller(together, "mayorkas").event->id, "meeting-cortizo");
  EXPECT_EQ(traveller(together, "blinken").event->id, "meeting-cortizo");
  EXPECT_EQ(tl.eventAt(april("20T10:15")), nullptr);  // the address and the sessions: hour not known
  // Over the night, to the start of 19 April, where its events of unknown hour are told.
  EXPECT_EQ(tl.nextEventTime(april("18T17:00")), april("19T00:00"));
  EXPECT_EQ(tl.nextEventTime(april("19T00:00")), april("19T09:00"));
}

// A long trip built in code: one traveller shuttling between two places, 10,000 events of 30
// minutes each alternating with 30-minute legs.
Trip shuttleTrip(int eventCount) {
  Trip trip;
  trip.timeZone = "America/Panama";
  const int64_t t0 = at("2022-01-01T00:00-05:00");
  trip.periodStart = {t0, -300};
  trip.periodEnd = {t0 + int64_t{eventCount} * 3600, -300};
  trip.people.push_back({"walker", "Walt Walker", "", "Fixture", "", "", {}, {}});
  trip.travellers.push_back({"walker", trip.periodStart, {t0 + int64_t{eventCount} * 3600 - 1800, -300}, {}, {}});
  trip.places.push_back({.id = "east", .location = {-79.0, 8.5}});
  trip.places.push_back({.id = "west", .location = {-80.0, 8.5}});
  for (int i = 0; i < eventCount; ++i) {
    int64_t start = t0 + int64_t{i} * 3600;
    Event e;
    e.id = "event-" + std::to_string(i);
    e.place = i % 2 ? "west" : "east";
    e.time.start = {start, -300};
    e.time.end = {start + 1800, -300};
    e.participants.push_back({.person = "walker"});
    trip.events.push_back(e);
    if (i + 1 == eventCount) break;
    Leg l;
    l.id = "leg-" + std::to_string(i);
    l.traveller = "walker";
    l.from = e.place;
    l.to = i % 2 ? "east" : "west";
    l.time.start = {start + 1800, -300};
    l.time.end = {start + 3600, -300};
    trip.legs.push_back(l);
  }
  return trip;
}

TEST(Timeline, TenThousandEventsEvaluateCorrectly) {
  const int n = 10000;
  Trip trip = shuttleTrip(n);
  Timeline tl(trip, TripClock(trip));
  const int64_t t0 = trip.periodStart.utc;
  for (int i : {0, 1, 2, 4999, 7777, 9998, 9999}) {
    Timeline::State atEvent = tl.at(t0 + int64_t{i} * 3600 + 600);
    ASSERT_EQ(atEvent.travellers.size(), 1u);
    EXPECT_EQ(atEvent.travellers[0].status, Status::AtEvent) << i;
    EXPECT_EQ(atEvent.travellers[0].event->id, "event-" + std::to_string(i));
    EXPECT_EQ(atEvent.travellers[0].position.lon, i % 2 ? -80.0 : -79.0);
    EXPECT_EQ(ids(atEvent.active), std::vector<std::string>{"event-" + std::to_string(i)});
    EXPECT_EQ(atEvent.past.size(), size_t(i));
    EXPECT_EQ(atEvent.upcoming.size(), size_t(n - i - 1));
    EXPECT_EQ(tl.nextEventTime(t0 + int64_t{i} * 3600), i + 1 < n ? std::optional(t0 + int64_t{i + 1} * 3600) : std::nullopt);
    if (i + 1 == n) continue;
    Timeline::TravellerState moving = tl.at(t0 + int64_t{i} * 3600 + 2700).travellers[0];  // halfway along leg i
    EXPECT_EQ(moving.status, Status::Travelling) << i;
    EXPECT_EQ(moving.leg->id, "leg-" + std::to_string(i));
    EXPECT_NEAR(moving.legFraction, 0.5, 1e-12);
    EXPECT_NEAR(moving.position.lon, -79.5, 1e-9);
  }
}

// A frame asks the timeline for the moment: its cost must follow the events under way, not the
// trip's length. Counted in index nodes, so the check holds on any machine.
TEST(Timeline, AtLooksAtTheEventsUnderWayNotTheWholeTrip) {
  for (int n : {100, 4000}) {
    Trip trip = shuttleTrip(n);
    Timeline tl(trip, TripClock(trip));
    const int64_t t0 = trip.periodStart.utc;
    double depth = std::log2(double(n)) + 1;
    for (int i : {0, n / 3, n - 1}) {
      Timeline::State s = tl.at(t0 + int64_t{i} * 3600 + 600);
      ASSERT_EQ(s.active.size(), 1u) << n;
      EXPECT_EQ(s.past.size(), size_t(i));
      EXPECT_EQ(s.upcoming.size(), size_t(n - i - 1));
      EXPECT_LE(double(s.examined), 4 * depth) << n << " events, at event " << i;
    }
  }
}

// The events of unknown hour are listed once, in the agenda's order then by start (the slider's
// day bands); those a moment's nominal spans cover come in the timeline's order, as `active` does:
// by start, the longer first, then by id.
TEST(Timeline, EventsOfUnknownHourInTheAgendasOrderAndUnderWayByStart) {
  const Trip& trip = panama();
  Timeline tl(trip, TripClock(trip));
  std::vector<const Event*> agenda;
  for (const Event* e : trip.eventsInOrder())
    if (e->time.precision == TimePrecision::Day) agenda.push_back(e);
  std::stable_sort(agenda.begin(), agenda.end(),
                   [](const Event* a, const Event* b) { return a->time.start.utc < b->time.start.utc; });
  EXPECT_EQ(tl.dayOnlyEvents(), agenda);
  auto byStart = [](const Event* a, const Event* b) {
    return std::make_tuple(a->time.start.utc, -a->time.end.utc, a->id) <
           std::make_tuple(b->time.start.utc, -b->time.end.utc, b->id);
  };
  size_t moments = 0;
  for (int64_t t = tl.start(); t <= tl.end(); t += 15 * 60) {
    std::vector<const Event*> covering;
    for (const Event* e : agenda)
      if (e->time.start.utc <= t && t <= e->time.end.utc) covering.push_back(e);
    std::sort(covering.begin(), covering.end(), byStart);
    EXPECT_EQ(tl.at(t).hourUnknown, covering) << t;
    moments += covering.size() > 1;
  }
  EXPECT_GT(moments, 0u);  // some moments have several, so their order is tried
}

TEST(IntervalIndex, VisitsEverySpanCoveringATimeInOrderAndLittleElse) {
  EXPECT_EQ(IntervalIndex().forEachCovering(0, [](size_t) { FAIL(); }), 0u);
  // 100,000 spans of an hour, one starting every minute: 60 cover any moment.
  std::vector<std::pair<int64_t, int64_t>> spans;
  for (int64_t i = 0; i < 100000; ++i) spans.emplace_back(i * 60, i * 60 + 3599);
  IntervalIndex index(spans);
  for (int64_t t : {int64_t{0}, int64_t{3600}, int64_t{3000000}, int64_t{5999999}}) {
    std::vector<size_t> found;
    size_t nodes = index.forEachCovering(t, [&](size_t i) { found.push_back(i); });
    std::vector<size_t> expected;
    for (size_t i = 0; i < spans.size(); ++i)
      if (spans[i].first <= t && t <= spans[i].second) expected.push_back(i);
    EXPECT_EQ(found, expected) << t;
    EXPECT_LE(nodes, 4 * (expected.size() + 1) * 18) << t;  // (k + 1) log n, far below n
  }
}

TEST(IntervalIndex, FindsTheLastSpanCoveringATime) {
  // Sorted by start: [0,100], [10,20], [30,40], [50,200], [60,70]
  IntervalIndex index({{0, 100}, {10, 20}, {30, 40}, {50, 200}, {60, 70}});
  EXPECT_EQ(index.lastCovering(-1), std::nullopt);
  EXPECT_EQ(index.lastCovering(5), 0u);
  EXPECT_EQ(index.lastCovering(15), 1u);
  EXPECT_EQ(index.lastCovering(25), 0u);  // back out of the nested span
  EXPECT_EQ(index.lastCovering(40), 2u);  // ends included
  EXPECT_EQ(index.lastCovering(65), 4u);
  EXPECT_EQ(index.lastCovering(80), 3u);
  EXPECT_EQ(index.lastCovering(201), std::nullopt);
  EXPECT_EQ(index.startedBy(30), 3u);
  EXPECT_EQ(IntervalIndex().lastCovering(0), std::nullopt);
}

// The known hours around a moment, found by binary search, are those a walk over every event and
// leg finds, the coarser precision winning where several meet: every ten minutes of both trips.
TEST(TimelineKnownHours, AreThoseAWalkOverEveryEventAndLegFinds) {
  for (const Trip* trip : {&panama(), &roadTrip()}) {
    Timeline tl(*trip, TripClock(*trip));
    std::vector<TimeSpan> known;
    for (const Event& e : trip->events) known.push_back(e.time);
    for (const Leg& leg : trip->legs) known.push_back(leg.time);
    std::erase_if(known, [](const TimeSpan& s) {
      return s.precision == TimePrecision::Day || s.precision == TimePrecision::Trip;
    });
    ASSERT_GT(known.size(), 5u);
    for (int64_t t = tl.start() - 3600; t <= tl.end() + 3600; t += 600) {
      std::optional<std::pair<int64_t, TimePrecision>> end, start;
      for (const TimeSpan& s : known) {
        if (s.end.utc <= t && (!end || std::pair(s.end.utc, s.precision) > *end)) end = std::pair(s.end.utc, s.precision);
        if (s.start.utc >= t && (!start || s.start.utc < start->first ||
                                 (s.start.utc == start->first && s.precision > start->second)))
          start = std::pair(s.start.utc, s.precision);
      }
      auto lastEnd = tl.lastKnownEnd(t);
      auto firstStart = tl.firstKnownStart(t);
      ASSERT_EQ(lastEnd.has_value(), end.has_value()) << t;
      ASSERT_EQ(firstStart.has_value(), start.has_value()) << t;
      if (end) EXPECT_EQ(std::pair(lastEnd->at, lastEnd->precision), *end) << t;
      if (start) EXPECT_EQ(std::pair(firstStart->at, firstStart->precision), *start) << t;
    }
  }
}

}  // namespace
}  // namespace itinera
