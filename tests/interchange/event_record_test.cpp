// The interchange records of a trip across zones: each event's date, clock texts and span in its
// place's zone (the agenda's rule), with the zone named; a date alone stays the trip's.
#include "interchange/event_record.h"

#include <gtest/gtest.h>

#include <map>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

const Trip& triCapital() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/tests/fixtures/trips/tri-capital.geojson").trip;
  return trip;
}

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

std::map<std::string, EventRecord> byId(const std::vector<EventRecord>& records) {
  std::map<std::string, EventRecord> out;
  for (const EventRecord& r : records) out.emplace(r.event->id, r);
  return out;
}

int64_t utcOf(const char* iso) { return parseIsoTime(iso)->utc; }

TEST(EventRecord, EachEventInItsPlacesZone) {
  TripClock clock(triCapital());
  PlaceZones zones(triCapital(), clock);
  auto records = byId(eventRecords(triCapital(), zones));

  const EventRecord& talk = records.at("press-talk");  // 14:00 in Mexico City, 16:00 in Washington
  EXPECT_EQ(talk.timeZone, "America/Mexico_City");
  EXPECT_EQ(talk.clock->zoneName(), "America/Mexico_City");
  EXPECT_EQ(talk.day, "2023-03-14");
  EXPECT_EQ(talk.startText, "14:00");
  EXPECT_EQ(talk.timeLabel, "14:00 CST");
  EXPECT_EQ(talk.span->startUtc, utcOf("2023-03-14T14:00-06:00"));
  EXPECT_NE(recordDescription(talk).find("When: 2023-03-14, 14:00 CST"), std::string::npos) << recordDescription(talk);

  const EventRecord& meeting = records.at("port-meeting");  // Panama City's afternoon, not Washington's
  EXPECT_EQ(meeting.timeZone, "America/Panama");
  EXPECT_EQ(meeting.startText, "12:00");
  EXPECT_EQ(meeting.endText, "18:00");
  EXPECT_EQ(meeting.span->startUtc, utcOf("2023-03-13T12:00-05:00"));
  EXPECT_EQ(meeting.span->endUtc, utcOf("2023-03-13T18:00-05:00"));
  EXPECT_EQ(meeting.title, "Meeting with port officials (time approximate: afternoon)");

  const EventRecord& briefing = records.at("staff-briefing");
  EXPECT_EQ(briefing.timeZone, "America/New_York");
  EXPECT_EQ(briefing.startText, "10:00");
  EXPECT_EQ(briefing.timeLabel, "10:00 EST");
}

TEST(EventRecord, OneZoneTripNamesItsZoneAndLeavesUndatedEventsWithout) {
  TripClock clock(panama());
  PlaceZones zones(panama(), clock);
  int dated = 0;
  for (const EventRecord& r : eventRecords(panama(), zones)) {
    EXPECT_EQ(r.timeZone, r.span ? "America/Panama" : "") << r.event->id;
    EXPECT_EQ(r.timeLabel.find("EST"), std::string::npos) << r.event->id << ": " << r.timeLabel;
    if (r.span) ++dated;
  }
  EXPECT_GT(dated, 0);
}

}  // namespace
}  // namespace itinera
