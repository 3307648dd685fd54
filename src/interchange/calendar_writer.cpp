// iCalendar through libical: properties, parameters, folding and escaping are libical's.
#include "interchange/calendar_writer.h"

#include <libical/ical.h>

#include <memory>

#include "interchange/event_record.h"

namespace itinera {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype localTime(const CivilTime& c, bool isDate, const icaltimezone* zone) {
  icaltimetype t = icaltime_null_time();
  t.year = c.year;
  t.month = c.month;
  t.day = c.day;
  t.is_date = isDate ? 1 : 0;
  if (!isDate) {
    t.hour = c.hour;
    t.minute = c.minute;
    t.second = c.second;
    t.zone = zone;
  }
  return t;
}

// DTSTART or DTEND: a date, or a local time with the TZID of the calendar's VTIMEZONE.
icalproperty* timeProperty(icalproperty* (*make)(icaltimetype), const CivilTime& c, bool isDate,
                           icaltimezone* zone, const std::string& tzid) {
  icalproperty* p = make(localTime(c, isDate, zone));
  if (!isDate) icalproperty_set_parameter(p, icalparameter_new_tzid(tzid.c_str()));
  return p;
}

// The zone's VTIMEZONE (libical builds it from the system tz database) under its plain IANA
// name, as Outlook and Google Calendar expect, rather than libical's prefixed TZID.
icalcomponent* zoneComponent(icaltimezone* zone, const std::string& tzid) {
  icalcomponent* vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone));
  icalproperty* id = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
  icalproperty_set_tzid(id, tzid.c_str());
  return vtimezone;
}

void addEvent(icalcomponent* calendar, const EventRecord& r, icaltimezone* zone, const std::string& tzid,
              icaltimetype stamp) {
  icalcomponent* ev = icalcomponent_new_vevent();
  icalcomponent_add_property(ev, icalproperty_new_uid(r.uid.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
  const LocalSpan& s = *r.span;
  icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtstart, s.start, s.allDay, zone, tzid));
  if (s.hasEnd) icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtend, s.end, s.allDay, zone, tzid));
  icalcomponent_add_property(ev, icalproperty_new_summary(r.title.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_location(r.place.c_str()));
  if (r.point) icalcomponent_add_property(ev, icalproperty_new_geo(icalgeotype{r.point->lat, r.point->lon}));
  icalcomponent_add_property(ev, icalproperty_new_description(recordDescription(r).c_str()));
  if (!r.event->kind.empty()) icalcomponent_add_property(ev, icalproperty_new_categories(r.event->kind.c_str()));
  icalcomponent_add_component(calendar, ev);
}

}  // namespace

Result<CalendarText> calendarText(const Trip& trip, const TripClock& clock, int64_t stampUtc) {
  icaltimezone* zone = icaltimezone_get_builtin_timezone(trip.timeZone.c_str());
  if (!zone) return Error{trip.fileName + ": time zone \"" + trip.timeZone + "\" is not known to libical"};
  ComponentPtr calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Itinera//Itinera " ITINERA_VERSION "//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* name = icalproperty_new_x(trip.title.c_str());  // the name calendars show
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name);
  icalcomponent_add_component(calendar.get(), zoneComponent(zone, trip.timeZone));
  icaltimetype stamp = icaltime_from_timet_with_zone(stampUtc, 0, icaltimezone_get_utc_timezone());
  CalendarText out;
  for (const EventRecord& r : eventRecords(trip, clock)) {
    if (!r.span) {
      ++out.undated;
      continue;
    }
    addEvent(calendar.get(), r, zone, trip.timeZone, stamp);
    ++out.events;
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  out.text = text;
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace itinera
