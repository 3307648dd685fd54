// Calendar rows through libical; the lines of each VEVENT are found in the text for messages
// and citations (libical keeps no positions).
#include "authoring/ics_import.h"

#include <libical/ical.h>

#include <memory>

namespace itinera {
namespace {

using Component = std::unique_ptr<icalcomponent, void (*)(icalcomponent*)>;

// Where each VEVENT's lines begin and end in the text, in order.
struct EventLines {
  int line = 0;
  size_t begin = 0, end = 0;
  std::vector<std::pair<std::string, int>> properties;  // property name -> line
};

std::vector<EventLines> findEvents(std::string_view text) {
  std::vector<EventLines> out;
  size_t pos = 0;
  int line = 0;
  bool inside = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t lineEnd = nl == std::string_view::npos ? text.size() : nl;
    std::string_view l = text.substr(pos, lineEnd - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    ++line;
    if (l == "BEGIN:VEVENT") {
      out.push_back({line, pos, pos, {}});
      inside = true;
    } else if (inside && l == "END:VEVENT") {
      out.back().end = pos + l.size();
      inside = false;
    } else if (inside && !l.empty() && l[0] != ' ' && l[0] != '\t') {
      out.back().properties.push_back({std::string(l.substr(0, l.find_first_of(":;"))), line});
    }
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  return out;
}

int propertyLine(const EventLines& e, const std::string& name) {
  for (auto& [n, line] : e.properties)
    if (n == name) return line;
  return e.line;
}

std::string text(icalcomponent* c, icalproperty_kind kind) {
  icalproperty* p = icalcomponent_get_first_property(c, kind);
  const char* v = p ? icalvalue_as_ical_string(icalproperty_get_value(p)) : nullptr;
  if (!p || !v) return "";
  // icalvalue_as_ical_string escapes; the property's own getter does not
  if (kind == ICAL_SUMMARY_PROPERTY) return icalproperty_get_summary(p);
  if (kind == ICAL_DESCRIPTION_PROPERTY) return icalproperty_get_description(p);
  if (kind == ICAL_LOCATION_PROPERTY) return icalproperty_get_location(p);
  return v;
}

// A person from an ATTENDEE or ORGANIZER: its CN, else the address without "mailto:".
std::string personName(icalproperty* p, const char* address) {
  const char* cn = icalproperty_get_parameter_as_string(p, "CN");
  std::string name = cn && *cn ? cn : (address ? address : "");
  if (name.rfind("mailto:", 0) == 0 || name.rfind("MAILTO:", 0) == 0) name = name.substr(7);
  return name;
}

class EventReader {
 public:
  EventReader(icalcomponent* calendar, const TripClock& clock, ProblemSink& sink)
      : calendar_(calendar), clock_(clock), sink_(sink) {}

  std::optional<ImportRow> read(icalcomponent* event, const EventLines& lines) {
    lines_ = &lines;
    ImportRow row;
    row.line = lines.line;
    row.byteBegin = lines.begin;
    row.byteEnd = lines.end;
    row.title = text(event, ICAL_SUMMARY_PROPERTY);
    row.summary = text(event, ICAL_DESCRIPTION_PROPERTY);
    row.place = at("LOCATION", text(event, ICAL_LOCATION_PROPERTY));
    row.when = at("DTSTART", "");
    if (icalproperty* geo = icalcomponent_get_first_property(event, ICAL_GEO_PROPERTY)) {
      icalgeotype g = icalproperty_get_geo(geo);
      row.point = LatLon{g.lat, g.lon};
    }
    people(event, row);
    bool ok = times(event, row);
    if (row.title.empty()) ok = fail("SUMMARY", "no SUMMARY: the event needs a title");
    if (row.place.text.empty() && !row.point) ok = fail("LOCATION", "no LOCATION and no GEO: the event needs a place");
    if (row.participants.empty()) ok = fail("ATTENDEE", "no ATTENDEE and no ORGANIZER: the event needs a participant");
    return ok ? std::optional<ImportRow>(std::move(row)) : std::nullopt;
  }

 private:
  Located at(const std::string& property, std::string value) const {
    return {std::move(value), propertyLine(*lines_, property), 1};
  }
  bool fail(const std::string& property, const std::string& message) {
    sink_.at(propertyLine(*lines_, property), 1, message);
    return false;
  }

  // Every attendee is a participant and a traveller (the calendar is theirs to follow).
  void people(icalcomponent* event, ImportRow& row) {
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
      Located name = at("ATTENDEE", personName(p, icalproperty_get_attendee(p)));
      if (name.text.empty()) continue;
      row.participants.push_back({name, ""});
      row.travellers.push_back(name);
    }
    if (row.participants.empty())
      if (icalproperty* o = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY))
        row.participants.push_back({at("ORGANIZER", personName(o, icalproperty_get_organizer(o))), ""});
  }

  // A DATE-TIME to UTC seconds: UTC as it is, a TZID through the system tz database (or the
  // calendar's VTIMEZONE), a floating time in the trip's zone.
  std::optional<int64_t> instant(icalproperty* p, icaltimetype t, const std::string& property) {
    if (icaltime_is_utc(t)) return icaltime_as_timet(t);
    int64_t local = daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    const char* tzid = icalproperty_get_parameter_as_string(p, "TZID");
    if (!tzid) return clock_.toUtc(local);
    TripClock zone(tzid, 0);
    if (zone.hasZone()) return zone.toUtc(local);
    if (icaltimezone* z = icalcomponent_get_timezone(calendar_, tzid)) return icaltime_as_timet_with_zone(t, z);
    fail(property, std::string("unknown time zone '") + tzid + "': not an IANA name and no VTIMEZONE defines it");
    return std::nullopt;
  }

  bool times(icalcomponent* event, ImportRow& row) {
    icalproperty* ps = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!ps) return fail("DTSTART", "no DTSTART: the event needs a start");
    icaltimetype s = icalproperty_get_dtstart(ps);
    icalproperty* pe = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
    icaltimetype e = pe ? icalproperty_get_dtend(pe) : s;
    if (icaltime_is_null_time(s) || !icaltime_is_valid_time(s)) return fail("DTSTART", "unreadable DTSTART");
    if (s.is_date) {
      int64_t day = daysFromCivil(s.year, s.month, s.day);
      int64_t endDay = pe && e.is_date ? daysFromCivil(e.year, e.month, e.day) : day + 1;
      row.dayOnly = true;
      row.precision = TimePrecision::Day;
      row.start = clock_.localMidnight(day);
      row.end = clock_.localMidnight(std::max(endDay, day + 1));
      return true;
    }
    auto start = instant(ps, s, "DTSTART");
    auto end = pe ? instant(pe, e, "DTEND") : start;
    if (!start || !end) return false;
    if (*end < *start) return fail("DTEND", "DTEND is before DTSTART");
    row.start = *start;
    row.end = *end;
    return true;
  }

  icalcomponent* calendar_;
  const TripClock& clock_;
  ProblemSink& sink_;
  const EventLines* lines_ = nullptr;
};

}  // namespace

std::string calendarTimeZone(std::string_view text) {
  for (const EventLines& e : findEvents(text)) {
    std::string_view block = text.substr(e.begin, e.end - e.begin);
    size_t at = block.find("DTSTART;TZID=");
    if (at == std::string_view::npos) continue;
    size_t from = at + 13, colon = block.find_first_of(":;", from);
    std::string zone(block.substr(from, colon - from));
    if (!zone.empty() && zone.front() == '"') zone = zone.substr(1, zone.size() - 2);
    if (TripClock(zone, 0).hasZone()) return zone;
  }
  return "";
}

ImportedRows readIcsRows(std::string_view source, const TripClock& clock, ProblemSink& sink) {
  ImportedRows out;
  Component calendar(icalparser_parse_string(std::string(source).c_str()), icalcomponent_free);
  if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
    sink.at(1, 1, "not an iCalendar file: expected BEGIN:VCALENDAR");
    return out;
  }
  std::vector<EventLines> lines = findEvents(source);
  EventReader reader(calendar.get(), clock, sink);
  size_t k = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT), ++k) {
    if (k >= lines.size()) break;  // libical found more than the text shows: cannot place them
    if (auto row = reader.read(e, lines[k])) out.rows.push_back(std::move(*row));
  }
  if (k == 0) sink.at(1, 1, "the calendar has no VEVENT to import");
  return out;
}

}  // namespace itinera
