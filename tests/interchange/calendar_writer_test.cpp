// The calendar read back with libical's parser: one VEVENT per dated event, times in the trip's
// zone at the trip's precision, stable UIDs, and the same bytes again but for DTSTAMP.
#include "interchange/calendar_writer.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <map>
#include <sstream>
#include <vector>

#include "core/trip/trip_loader.h"

namespace itinera {
namespace {

const Trip& panama() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/geodata/trips/panama-2022.geojson").trip;
  return trip;
}

struct Parsed {
  icalcomponent* calendar;
  explicit Parsed(const std::string& text) : calendar(icalparser_parse_string(text.c_str())) {}
  ~Parsed() { icalcomponent_free(calendar); }
  std::map<std::string, icalcomponent*> eventsByUid() const {
    std::map<std::string, icalcomponent*> out;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
      out[icalcomponent_get_uid(e)] = e;
    return out;
  }
};

std::string tzidOf(icalcomponent* event, icalproperty_kind kind) {
  icalproperty* p = icalcomponent_get_first_property(event, kind);
  icalparameter* tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
  return tzid ? icalparameter_get_tzid(tzid) : "";
}

std::string withoutStamps(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line))
    if (line.rfind("DTSTAMP:", 0) != 0) out += line + "\n";
  return out;
}

TEST(CalendarWriter, OneEventPerDatedEventWithStableUids) {
  auto calendar = calendarText(panama(), TripClock(panama()), 1700000000);
  ASSERT_TRUE(calendar.ok()) << calendar.error();
  Parsed parsed(calendar->text);
  ASSERT_NE(parsed.calendar, nullptr);
  auto events = parsed.eventsByUid();
  int dated = 0;
  for (const Event& e : panama().events) {
    if (e.time.precision == TimePrecision::Trip) {
      EXPECT_EQ(events.count(panama().id + "/" + e.id), 0u) << e.id;
      continue;
    }
    ++dated;
    EXPECT_EQ(events.count(panama().id + "/" + e.id), 1u) << e.id;
  }
  EXPECT_EQ(int(events.size()), dated);
  EXPECT_EQ(calendar->events, dated);
  EXPECT_EQ(calendar->undated, int(panama().events.size()) - dated);
  EXPECT_GT(calendar->undated, 0);
}

TEST(CalendarWriter, TimesKeepTheTripsPrecision) {
  auto calendar = calendarText(panama(), TripClock(panama()), 1700000000);
  ASSERT_TRUE(calendar.ok());
  Parsed parsed(calendar->text);
  icalcomponent* zone = icalcomponent_get_first_component(parsed.calendar, ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(zone, nullptr);
  EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)), "America/Panama");
  auto events = parsed.eventsByUid();
  int allDay = 0, partOfDay = 0;
  for (const Event& e : panama().events) {
    if (e.time.precision == TimePrecision::Trip) continue;
    icalcomponent* ev = events.at(panama().id + "/" + e.id);
    icaltimetype start = icalcomponent_get_dtstart(ev);
    std::string summary = icalcomponent_get_summary(ev);
    if (e.time.precision == TimePrecision::Day) {
      ++allDay;
      EXPECT_TRUE(start.is_date) << e.id;
      EXPECT_EQ(tzidOf(ev, ICAL_DTSTART_PROPERTY), "") << e.id;
    } else {
      EXPECT_FALSE(start.is_date) << e.id;
      EXPECT_EQ(tzidOf(ev, ICAL_DTSTART_PROPERTY), "America/Panama") << e.id;
    }
    bool approximate = summary.find("(time approximate: ") != std::string::npos;
    EXPECT_EQ(approximate, e.time.precision == TimePrecision::PartOfDay) << e.id;
    if (e.time.precision == TimePrecision::PartOfDay) {
      ++partOfDay;
      EXPECT_EQ(start.minute, 0) << e.id;
      EXPECT_TRUE(start.hour == 6 || start.hour == 12 || start.hour == 18) << e.id;
    }
  }
  EXPECT_GT(allDay, 0);
  EXPECT_GT(partOfDay, 0);
}

TEST(CalendarWriter, TheDarienTourIsAnAfternoonAtAnApproximatePlace) {
  auto calendar = calendarText(panama(), TripClock(panama()), 1700000000);
  ASSERT_TRUE(calendar.ok());
  Parsed parsed(calendar->text);
  icalcomponent* tour = parsed.eventsByUid().at("panama-2022/darien-tour");
  EXPECT_EQ(icalcomponent_get_dtstart(tour).hour, 12);
  EXPECT_EQ(icalcomponent_get_dtend(tour).hour, 18);
  EXPECT_NE(std::string(icalcomponent_get_summary(tour)).find("(time approximate: afternoon)"), std::string::npos);
  EXPECT_NE(std::string(icalcomponent_get_location(tour)).find("(approx.)"), std::string::npos);
  std::string description = icalcomponent_get_description(tour);
  EXPECT_NE(description.find("Participants:"), std::string::npos);
  EXPECT_NE(description.find("Sources:"), std::string::npos);
  EXPECT_NE(description.find("afternoon (C)"), std::string::npos);
}

TEST(CalendarWriter, RegionsAndCitiesHaveNoGeo) {
  auto calendar = calendarText(panama(), TripClock(panama()), 1700000000);
  ASSERT_TRUE(calendar.ok());
  Parsed parsed(calendar->text);
  auto events = parsed.eventsByUid();
  for (const Event& e : panama().events) {
    if (e.time.precision == TimePrecision::Trip) continue;
    const Place* place = panama().place(e.place);
    bool vague = !place || place->isArea() || place->precision == LocationPrecision::City ||
                 place->precision == LocationPrecision::Region;
    icalproperty* geo = icalcomponent_get_first_property(events.at(panama().id + "/" + e.id), ICAL_GEO_PROPERTY);
    EXPECT_EQ(geo == nullptr, vague) << e.id;
  }
}

TEST(CalendarWriter, ReExportIsIdenticalButForTheStamp) {
  auto first = calendarText(panama(), TripClock(panama()), 1700000000);
  auto second = calendarText(panama(), TripClock(panama()), 1800000000);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(first->text, second->text);
  EXPECT_EQ(withoutStamps(first->text), withoutStamps(second->text));
}

const Trip& triCapital() {
  static Trip trip = *loadTrip(ITINERA_SOURCE_DIR "/tests/fixtures/trips/tri-capital.geojson").trip;
  return trip;
}

std::vector<std::string> zoneIds(const Parsed& parsed) {
  std::vector<std::string> out;
  for (icalcomponent* z = icalcomponent_get_first_component(parsed.calendar, ICAL_VTIMEZONE_COMPONENT); z;
       z = icalcomponent_get_next_component(parsed.calendar, ICAL_VTIMEZONE_COMPONENT))
    out.push_back(icalproperty_get_tzid(icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY)));
  return out;
}

// The instant a DTSTART stands for, read through the calendar's own VTIMEZONE of its TZID.
int64_t startInstant(const Parsed& parsed, icalcomponent* event) {
  icaltimetype start = icalcomponent_get_dtstart(event);
  std::string tzid = tzidOf(event, ICAL_DTSTART_PROPERTY);
  icaltimezone* zone = tzid.empty() ? icaltimezone_get_utc_timezone() : icalcomponent_get_timezone(parsed.calendar, tzid.c_str());
  EXPECT_NE(zone, nullptr) << tzid;
  return int64_t(icaltime_as_timet_with_zone(start, zone));
}

TEST(CalendarWriter, EachEventInItsPlacesZone) {
  const Trip& trip = triCapital();
  auto calendar = calendarText(trip, TripClock(trip), 1700000000);
  ASSERT_TRUE(calendar.ok()) << calendar.error();
  Parsed parsed(calendar->text);
  ASSERT_NE(parsed.calendar, nullptr);
  EXPECT_EQ(zoneIds(parsed), (std::vector<std::string>{"America/New_York", "America/Panama", "America/Mexico_City"}));
  std::map<std::string, std::pair<std::string, int>> expected{  // event: zone, local hour
      {"staff-briefing", {"America/New_York", 10}},
      {"port-meeting", {"America/Panama", 12}},  // "afternoon" in Panama City, 12:00-18:00 there
      {"press-talk", {"America/Mexico_City", 14}}};
  auto events = parsed.eventsByUid();
  int checked = 0;
  for (const Event& e : trip.events) {
    if (e.time.precision == TimePrecision::Trip) continue;
    icalcomponent* ev = events.at(trip.id + "/" + e.id);
    if (e.time.precision == TimePrecision::Day) {
      EXPECT_EQ(tzidOf(ev, ICAL_DTSTART_PROPERTY), "") << e.id;  // a date stays a date
      continue;
    }
    if (e.time.precision != TimePrecision::PartOfDay)
      EXPECT_EQ(startInstant(parsed, ev), e.time.start.utc) << e.id;  // the same instant as before
    if (!expected.count(e.id)) continue;
    EXPECT_EQ(tzidOf(ev, ICAL_DTSTART_PROPERTY), expected[e.id].first) << e.id;
    if (icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY))  // an instant has none
      EXPECT_EQ(tzidOf(ev, ICAL_DTEND_PROPERTY), expected[e.id].first) << e.id;
    EXPECT_EQ(icalcomponent_get_dtstart(ev).hour, expected[e.id].second) << e.id;
    ++checked;
  }
  EXPECT_EQ(checked, 3);
  // The part of the day is Panama's afternoon from noon there, 17:00 UTC.
  EXPECT_EQ(startInstant(parsed, events.at(trip.id + "/port-meeting")), parseIsoTime("2023-03-13T12:00-05:00")->utc);
  EXPECT_NE(std::string(icalcomponent_get_summary(events.at(trip.id + "/port-meeting"))).find("(time approximate: afternoon)"),
            std::string::npos);
}

TEST(CalendarWriter, OneZoneTripHasOneTimezone) {
  auto calendar = calendarText(panama(), TripClock(panama()), 1700000000);
  ASSERT_TRUE(calendar.ok());
  EXPECT_EQ(zoneIds(Parsed(calendar->text)), (std::vector<std::string>{"America/Panama"}));
}

}  // namespace
}  // namespace itinera
