// The calendar read back with libical's parser: one VEVENT per dated event, times in the trip's
// zone at the trip's precision, stable UIDs, and the same bytes again but for DTSTAMP.
#include "interchange/calendar_writer.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <map>
#include <sstream>

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

}  // namespace
}  // namespace itinera
