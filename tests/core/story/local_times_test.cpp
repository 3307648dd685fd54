// Times in their places' zones on the three-capital test trip (Washington, Panama City, Mexico
// City, across the US change to daylight saving time on 12 March 2023), and none on Panama's.
#include "core/story/local_times.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/story/briefing.h"
#include "core/story/story_agenda.h"
#include "core/story/story_card.h"
#include "core/story/story_event.h"
#include "core/story/trip_agenda.h"
#include "core/story/trip_state.h"
#include "test_trips.h"

namespace itinera {
namespace {

const Trip& triCapital() { return test::loadedTrip(ITINERA_FIXTURES "/trips/tri-capital.geojson"); }

const Event& event(const Trip& trip, const std::string& id) {
  for (const Event& e : trip.events)
    if (e.id == id) return e;
  ADD_FAILURE() << "no event " << id;
  std::abort();
}

const Leg& leg(const Trip& trip, const std::string& id) {
  for (const Leg& l : trip.legs)
    if (l.id == id) return l;
  ADD_FAILURE() << "no leg " << id;
  std::abort();
}

int64_t at(const char* iso) { return parseIsoTime(iso)->utc; }

TEST(LocalTimes, PlacesTakeTheirZonesFromTheMap) {
  const Trip& trip = triCapital();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  EXPECT_TRUE(zones.several());
  EXPECT_EQ(zones.clockFor("washington").zoneName(), "America/New_York");
  EXPECT_EQ(zones.clockFor("panama-city").zoneName(), "America/Panama");
  EXPECT_EQ(zones.clockFor("mexico-city").zoneName(), "America/Mexico_City");
  EXPECT_EQ(zones.sourceOf("mexico-city"), ZoneSource::Map);
}

TEST(LocalTimes, WashingtonBeforeAndAfterDaylightSaving) {
  const Trip& trip = triCapital();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  const Event& briefing = event(trip, "staff-briefing");
  EXPECT_EQ(briefing.time.start.utc, at("2023-03-11T15:00Z"));
  EXPECT_EQ(eventTimeLabel(briefing, zones), "10:00 EST");
  const Leg& out = leg(trip, "to-panama");  // leaves after the change: EDT, lands in Panama: EST
  EXPECT_EQ(out.time.start.utc, at("2023-03-13T12:00Z"));
  EXPECT_EQ(out.time.end.utc, at("2023-03-13T17:30Z"));
  EXPECT_EQ(legTimeLabel(out, zones), "dep 08:00 EDT, arr 12:30 EST");
}

TEST(LocalTimes, LegsAcrossZonesShowBothEnds) {
  const Trip& trip = triCapital();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  EXPECT_EQ(legTimeLabel(leg(trip, "to-mexico"), zones), "dep 09:00 EST, arr 12:00 CST");
  EXPECT_EQ(legTimeLabel(leg(trip, "home"), zones), "dep 08:00 CST, arr 13:00 EDT");
}

TEST(LocalTimes, PartOfDayKeepsItsPrecisionWithTheZone) {
  const Trip& trip = triCapital();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  EXPECT_EQ(eventTimeLabel(event(trip, "port-meeting"), zones), "afternoon EST");
  EXPECT_EQ(eventTimeLabel(event(trip, "press-talk"), zones), "14:00 CST");
  EventStory story = describeEvent(trip, zones, event(trip, "press-talk"));
  EXPECT_EQ(story.when, "14:00 CST");
  EXPECT_EQ(story.day, "Tue 14 Mar");
}

TEST(LocalTimes, AgendaAndCaptionUseLocalTimes) {
  const Trip& trip = triCapital();
  TripClock home(trip);
  std::vector<std::string> times;
  for (const AgendaDay& day : buildAgenda(trip, home))
    for (const AgendaRow& row : day.rows) times.push_back(row.time);
  EXPECT_EQ(times, (std::vector<std::string>{"10:00 EST", "afternoon EST", "14:00 CST"}));
  Timeline timeline(trip, home);
  PlaceZones zones(trip, home);
  StoryCard flying = cardAt(trip, timeline, zones, at("2023-03-13T14:00Z"));
  EXPECT_EQ(flying.when, "Mon 13 Mar, dep 08:00 EDT, arr 12:30 EST");
}

// EST is both a grade (an estimate with no source) and a zone (Washington's winter, Panama's all
// year): an estimated time there reads "10:00 EST (estimate)", never "10:00 EST (EST)".
TEST(LocalTimes, AnEstimateBesideAnEstTimeIsNamedInWords) {
  Trip trip = triCapital();
  for (Event& e : trip.events)
    if (e.id == "staff-briefing") e.evidence = {Basis::Corroborated, "tri-release", Grade::EST, ""};
  TripClock home(trip);
  Timeline timeline(trip, home);
  PlaceZones zones(trip, home);
  EventStory story = describeEvent(trip, zones, event(trip, "staff-briefing"));
  EXPECT_EQ(story.when, "10:00 EST (estimate)");
  EXPECT_EQ(story.where, "Washington (venue not known; place estimate)");
  EXPECT_EQ(story.basis, "corroborated (estimate)");
  std::string agenda = formatAgenda(trip, home);
  EXPECT_NE(agenda.find("Staff briefing [estimate]"), std::string::npos) << agenda;
  EXPECT_NE(agenda.find("[estimate]: an estimate with no source"), std::string::npos) << agenda;
  auto state = nlohmann::json::parse(tripStateJson(trip, timeline, at("2023-03-11T15:00Z")));
  EXPECT_EQ(state["caption"]["when"], "Sat 11 Mar, 10:00 EST (estimate)");
  EXPECT_EQ(state["caption"]["grades"]["time"], "EST");  // a field's value stays the trip file's
  for (const std::string& text : {story.when, story.where, story.basis, agenda, state.dump()}) {
    EXPECT_EQ(text.find("(EST)"), std::string::npos) << text;
    EXPECT_EQ(text.find("[EST]"), std::string::npos) << text;
  }
}

TEST(LocalTimes, StateGivesEachActiveEventItsLocalTimeAndZone) {
  const Trip& trip = triCapital();
  Timeline timeline(trip, TripClock(trip));
  auto s = nlohmann::json::parse(tripStateJson(trip, timeline, at("2023-03-14T20:00Z")));
  ASSERT_EQ(s["event_times"].size(), 1u);
  const auto& talk = s["event_times"][0];
  EXPECT_EQ(talk["id"], "press-talk");
  EXPECT_EQ(talk["local"], "14:00 CST");
  EXPECT_EQ(talk["start"], "2023-03-14T14:00-06:00");
  EXPECT_EQ(talk["time_zone"], "America/Mexico_City");
  EXPECT_EQ(talk["abbreviation"], "CST");
  EXPECT_EQ(talk["zone_from"], "the time-zone map");
  EXPECT_EQ(s["reference_zone"]["zone"], "America/New_York");
  EXPECT_EQ(s["caption"]["when"], "Tue 14 Mar, 14:00 CST");
}

TEST(LocalTimes, ReferenceZoneIsHomeOrWhereTheStoryIs) {
  const Trip& trip = triCapital();
  Timeline timeline(trip, TripClock(trip));
  int64_t talk = at("2023-03-14T20:00Z"), flying = at("2023-03-13T14:00Z");
  EXPECT_EQ(referenceZoneName(trip, timeline, talk, ReferenceZone::Home), "America/New_York");
  EXPECT_EQ(referenceZoneName(trip, timeline, talk, ReferenceZone::Local), "America/Mexico_City");
  EXPECT_EQ(referenceZoneName(trip, timeline, flying, ReferenceZone::Local), "America/New_York");  // the leg's start
  auto s = nlohmann::json::parse(tripStateJson(trip, timeline, talk, ReferenceZone::Local));
  EXPECT_EQ(s["reference_zone"]["mode"], "local");
  EXPECT_EQ(s["reference_zone"]["zone"], "America/Mexico_City");
  EXPECT_EQ(parseReferenceZone("local"), ReferenceZone::Local);
  EXPECT_EQ(parseReferenceZone("utc"), std::nullopt);
}

TEST(LocalTimes, OneZoneAddsNoAbbreviation) {
  const Trip& trip = test::panama();
  TripClock home(trip);
  PlaceZones zones(trip, home);
  for (const Event& e : trip.events) EXPECT_EQ(eventTimeLabel(e, zones).find(" EST"), std::string::npos) << e.id;
  for (const Leg& l : trip.legs) EXPECT_EQ(legTimeLabel(l, zones).find("dep "), std::string::npos) << l.id;
}

// The start of the day labelled `label` among `days`; -1 when there is none.
int64_t dayStart(const std::vector<Timeline::Day>& days, const std::string& label) {
  for (const Timeline::Day& d : days)
    if (d.label == label) return d.start;
  return -1;
}

TEST(LocalTimes, DayBandsFollowTheHomeZoneAcrossDaylightSaving) {
  const Trip& trip = triCapital();
  Timeline timeline(trip, TripClock(trip));
  PlaceZones zones(trip, timeline.clock());
  const TripClock& home = referenceClock(timeline, zones, at("2023-03-14T20:00Z"), ReferenceZone::Home);
  std::vector<Timeline::Day> days = timeline.days(home);
  ASSERT_EQ(days.size(), 5u);
  EXPECT_EQ(days.front().label, "Sat 11 Mar");
  EXPECT_EQ(days.front().start, at("2023-03-11T05:00Z"));
  EXPECT_EQ(dayStart(days, "Sun 12 Mar"), at("2023-03-12T05:00Z"));  // EST midnight
  EXPECT_EQ(dayStart(days, "Mon 13 Mar"), at("2023-03-13T04:00Z"));  // EDT midnight
  EXPECT_EQ(dayStart(days, "Tue 14 Mar"), at("2023-03-14T04:00Z"));
  EXPECT_EQ(days.back().end, at("2023-03-16T04:00Z"));
}

TEST(LocalTimes, DayBandsFollowTheLocalZoneWhereTheStoryIs) {
  const Trip& trip = triCapital();
  Timeline timeline(trip, TripClock(trip));
  PlaceZones zones(trip, timeline.clock());
  // In Mexico City (CST all year since 2022): days begin at 06:00 UTC, and the trip's first
  // hour (00:00 EST on 11 March) is still 10 March there.
  const TripClock& mexico = referenceClock(timeline, zones, at("2023-03-14T20:00Z"), ReferenceZone::Local);
  EXPECT_EQ(mexico.zoneName(), "America/Mexico_City");
  std::vector<Timeline::Day> days = timeline.days(mexico);
  ASSERT_EQ(days.size(), 6u);
  EXPECT_EQ(days.front().label, "Fri 10 Mar");
  EXPECT_EQ(days.front().end, at("2023-03-11T06:00Z"));
  EXPECT_EQ(dayStart(days, "Mon 13 Mar"), at("2023-03-13T06:00Z"));
  EXPECT_EQ(dayStart(days, "Tue 14 Mar"), at("2023-03-14T06:00Z"));
  // In Panama City (EST all year): 05:00 UTC, the day Washington's moved to 04:00.
  const TripClock& panama = referenceClock(timeline, zones, at("2023-03-13T20:30Z"), ReferenceZone::Local);
  EXPECT_EQ(panama.zoneName(), "America/Panama");
  EXPECT_EQ(dayStart(timeline.days(panama), "Mon 13 Mar"), at("2023-03-13T05:00Z"));
  // Before anyone is anywhere the local zone is the trip's.
  EXPECT_EQ(&referenceClock(timeline, zones, at("2023-03-11T05:00Z"), ReferenceZone::Local), &zones.home());
}

TEST(LocalTimes, BriefingSwitchesItsReferenceZone) {
  auto briefing = Briefing::load(ITINERA_FIXTURES "/trips/tri-capital.geojson", {});
  ASSERT_TRUE(briefing) << briefing.error();
  Briefing& b = *briefing.value();
  int64_t talk = at("2023-03-14T20:00Z");
  EXPECT_EQ(b.referenceClock(talk).zoneName(), "America/New_York");
  b.setReferenceZone(ReferenceZone::Local);
  EXPECT_EQ(b.referenceClock(talk).zoneName(), "America/Mexico_City");
  EXPECT_EQ(b.timeline().days(b.referenceClock(talk)).front().label, "Fri 10 Mar");
}

}  // namespace
}  // namespace itinera
