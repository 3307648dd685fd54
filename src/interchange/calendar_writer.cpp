// iCalendar through libical: properties, parameters, folding and escaping are libical's.
#include "interchange/calendar_writer.h"

#include <libical/ical.h>

#include <memory>
#include <vector>

#include "core/time/place_zones.h"
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

// A zone as the calendar writes it: libical's built-in zone, under its plain IANA name.
struct CalendarZone {
  icaltimezone* zone = nullptr;  // null: libical does not know it, and times are written in UTC
  std::string tzid;
};

// DTSTART or DTEND: a floating date, a local time with the TZID of its zone's VTIMEZONE, or,
// for a zone libical does not know, the instant in UTC.
icalproperty* timeProperty(icalproperty* (*make)(icaltimetype), const CivilTime& c, bool isDate,
                           const CalendarZone& zone, int64_t utc) {
  if (!isDate && !zone.zone) return make(icaltime_from_timet_with_zone(utc, 0, icaltimezone_get_utc_timezone()));
  icalproperty* p = make(localTime(c, isDate, zone.zone));
  if (!isDate) icalproperty_set_parameter(p, icalparameter_new_tzid(zone.tzid.c_str()));
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

// One VEVENT, its times in the record's clock, the zone of its place (`zone` in the calendar).
void addEvent(icalcomponent* calendar, const EventRecord& r, const CalendarZone& zone, icaltimetype stamp) {
  icalcomponent* ev = icalcomponent_new_vevent();
  icalcomponent_add_property(ev, icalproperty_new_uid(r.uid.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
  const LocalSpan& s = *r.span;
  icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtstart, s.start, s.allDay, zone, s.startUtc));
  if (s.hasEnd) icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtend, s.end, s.allDay, zone, s.endUtc));
  icalcomponent_add_property(ev, icalproperty_new_summary(r.title.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_location(r.place.c_str()));
  if (r.point) icalcomponent_add_property(ev, icalproperty_new_geo(icalgeotype{r.point->lat, r.point->lon}));
  icalcomponent_add_property(ev, icalproperty_new_description(recordDescription(r).c_str()));
  if (!r.event->kind.empty()) icalcomponent_add_property(ev, icalproperty_new_categories(r.event->kind.c_str()));
  icalcomponent_add_component(calendar, ev);
}

// The zones of the calendar's VTIMEZONEs, in order of first use, the trip's first.
class ZonesUsed {
 public:
  explicit ZonesUsed(icalcomponent* calendar) : calendar_(calendar) {}
  CalendarZone use(const std::string& tzid) {
    for (const CalendarZone& z : used_)
      if (z.tzid == tzid) return z;
    CalendarZone z{icaltimezone_get_builtin_timezone(tzid.c_str()), tzid};
    if (z.zone) icalcomponent_add_component(calendar_, zoneComponent(z.zone, tzid));
    used_.push_back(z);
    return z;
  }

 private:
  icalcomponent* calendar_;
  std::vector<CalendarZone> used_;
};

}  // namespace

Result<CalendarText> calendarText(const Trip& trip, const TripClock& clock, int64_t stampUtc) {
  if (!icaltimezone_get_builtin_timezone(trip.timeZone.c_str()))
    return Error{trip.fileName + ": time zone \"" + trip.timeZone + "\" is not known to libical"};
  ComponentPtr calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Itinera//Itinera " ITINERA_VERSION "//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* name = icalproperty_new_x(trip.title.c_str());  // the name calendars show
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name);
  ZonesUsed zones(calendar.get());
  zones.use(trip.timeZone);
  PlaceZones places(trip, clock);
  icaltimetype stamp = icaltime_from_timet_with_zone(stampUtc, 0, icaltimezone_get_utc_timezone());
  CalendarText out;
  for (const EventRecord& r : eventRecords(trip, places)) {
    if (!r.span) {
      ++out.undated;
      continue;
    }
    // Dates alone are floating days (the trip's); a time is in its place's zone (the record's).
    CalendarZone zone = r.span->allDay ? CalendarZone{} : zones.use(r.timeZone);
    addEvent(calendar.get(), r, zone, stamp);
    ++out.events;
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  out.text = text;
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace itinera
