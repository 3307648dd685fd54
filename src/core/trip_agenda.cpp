// The trip as an agenda: a staff-readable table per local day, and a JSON list of events.
#include "core/trip_agenda.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include <nlohmann/json.hpp>

#include "core/json_text.h"
#include "core/trip_index.h"
#include "core/trip_time_zone.h"

namespace itinera {
namespace {

// Local offsets come from the tz database; without it, from the times as written.
class LocalClock {
 public:
  explicit LocalClock(const Trip& trip) : zone_(TimeZone::load(trip.timeZone)) {}
  int offset(const TimePoint& t) const { return zone_ ? zone_->offsetMinutes(t.utc) : t.offsetMinutes; }
  CivilTime civil(const TimePoint& t) const { return civilFromUnix(t.utc + int64_t{offset(t)} * 60); }
  std::string iso(const TimePoint& t) const { return formatIsoTime(t.utc, offset(t)); }

 private:
  std::optional<TimeZone> zone_;
};

std::string hhmm(const CivilTime& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  return buf;
}

std::string partOfDay(const CivilTime& a, const CivilTime& b) {
  int middle = (a.hour * 60 + a.minute + b.hour * 60 + b.minute) / 2;
  if (b.day != a.day) middle = a.hour * 60 + a.minute;
  return middle < 12 * 60 ? "morning" : middle < 18 * 60 ? "afternoon" : "evening";
}

std::string timeLabel(const Event& e, const LocalClock& clock) {
  CivilTime a = clock.civil(e.time.start), b = clock.civil(e.time.end);
  switch (e.time.precision) {
    case TimePrecision::Minute: return e.time.start == e.time.end ? hhmm(a) : hhmm(a) + "-" + hhmm(b);
    case TimePrecision::Hour: {
      std::string label = std::string("~").append(hhmm(a));
      if (e.time.start != e.time.end) label.append("-").append(hhmm(b));
      return label;
    }
    case TimePrecision::PartOfDay: return partOfDay(a, b);
    case TimePrecision::Day: return "time not known";
    case TimePrecision::Trip: return "date not known";
  }
  return "";
}

std::string basisMark(const Event& e) {
  switch (e.evidence.basis) {
    case Basis::Stated: return "";
    case Basis::Corroborated: return std::string(" [") + toString(e.evidence.grade) + "]";
    case Basis::Inferred: return " [inferred]";
  }
  return "";
}

std::string placeLabel(const TripIndex& index, const Event& e) {
  const Place* p = index.place(e.place);
  if (!p) return e.place.empty() ? "-" : e.place;
  switch (p->precision) {
    case LocationPrecision::Exact: return p->name;
    case LocationPrecision::Approximate: return p->name + " (approx.)";
    case LocationPrecision::City: return p->name + " (venue not known)";
    case LocationPrecision::Region: return p->name + " (region)";
  }
  return p->name;
}

std::string participantName(const TripIndex& index, const Participant& p) {
  if (!p.person.empty()) {
    const Person* person = index.person(p.person);
    return person ? person->name : p.person;
  }
  const Organisation* org = index.organisation(p.organisation);
  std::string name = org ? org->name : p.organisation;
  return p.role.empty() ? name : name + " (" + p.role + ")";
}

std::string participantList(const TripIndex& index, const Event& e) {
  std::string out;
  for (const Participant& p : e.participants) out += (out.empty() ? "" : "; ") + participantName(index, p);
  return out;
}

std::string pad(const std::string& s, size_t width) {
  size_t n = codePointCount(s);
  return n >= width ? s : s + std::string(width - n, ' ');
}

using Row = std::vector<std::string>;

std::string formatTable(const std::vector<Row>& rows) {
  std::vector<size_t> widths(4, 0);
  for (const Row& r : rows)
    for (size_t i = 0; i < 3; ++i) widths[i] = std::max(widths[i], codePointCount(r[i]));
  std::string out;
  for (const Row& r : rows) out += "  " + pad(r[0], widths[0]) + "  " + pad(r[1], widths[1]) + "  " +
                                   pad(r[2], widths[2]) + "  " + r[3] + "\n";
  return out;
}

std::string dayHeading(const CivilTime& c) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  static const char* weekdays[] = {"Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"};
  int64_t days = daysFromCivil(c.year, c.month, c.day);
  int64_t weekday = ((days % 7) + 7) % 7;  // 1970-01-01 was a Thursday
  return std::string(weekdays[weekday]) + " " + std::to_string(c.day) + " " + months[c.month - 1] + " " +
         std::to_string(c.year);
}

}  // namespace

std::string formatAgenda(const Trip& trip) {
  LocalClock clock(trip);
  TripIndex index(trip);
  std::string out = trip.title + "\nTimes are local (" + trip.timeZone + ", UTC" +
                    formatOffset(clock.offset(trip.periodStart)) +
                    "). Unmarked: stated by the primary source; [C], [P], [EST]: corroborated elsewhere with "
                    "that grade; [inferred]: an inference, its reason given in the trip file.\n";
  const Row header{"Time", "Event", "Place", "Participants"};
  std::vector<Row> rows, wholeTrip{header};
  int64_t currentDay = INT64_MIN;
  for (const Event* e : trip.eventsInOrder()) {
    Row row{timeLabel(*e, clock), e->title + basisMark(*e), placeLabel(index, *e), participantList(index, *e)};
    if (e->time.precision == TimePrecision::Trip) {
      wholeTrip.push_back(row);
      continue;
    }
    CivilTime c = clock.civil(e->time.start);
    int64_t day = daysFromCivil(c.year, c.month, c.day);
    if (day != currentDay) {
      if (!rows.empty()) out += formatTable(rows);
      out.append("\n").append(dayHeading(c)).append("\n");
      rows = {header};
      currentDay = day;
    }
    rows.push_back(row);
  }
  if (!rows.empty()) out += formatTable(rows);
  if (wholeTrip.size() > 1) out += "\nDuring the trip (date not known)\n" + formatTable(wholeTrip);
  return out;
}

std::string agendaJson(const Trip& trip) {
  LocalClock clock(trip);
  TripIndex index(trip);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Event* e : trip.eventsInOrder()) {
    nlohmann::ordered_json j;
    const Place* p = index.place(e->place);
    j["id"] = e->id;
    j["title"] = e->title;
    j["kind"] = e->kind;
    j["summary"] = e->summary;
    j["start"] = clock.iso(e->time.start);
    j["end"] = clock.iso(e->time.end);
    if (e->time.earliest) j["earliest"] = clock.iso(*e->time.earliest);
    if (e->time.latest) j["latest"] = clock.iso(*e->time.latest);
    j["time_precision"] = toString(e->time.precision);
    j["place"] = p ? nlohmann::ordered_json(p->id) : nlohmann::ordered_json();
    j["place_name"] = p ? nlohmann::ordered_json(p->name) : nlohmann::ordered_json();
    LonLat at = p ? p->location : e->point.value_or(LonLat{});
    bool located = p || e->point;
    j["lon"] = located ? nlohmann::ordered_json(at.lon) : nlohmann::ordered_json();
    j["lat"] = located ? nlohmann::ordered_json(at.lat) : nlohmann::ordered_json();
    j["location_precision"] = p ? nlohmann::ordered_json(toString(p->precision)) : nlohmann::ordered_json();
    j["participants"] = nlohmann::ordered_json::array();
    for (const Participant& part : e->participants) j["participants"].push_back(participantName(index, part));
    j["basis"] = toString(e->evidence.basis);
    if (e->evidence.basis == Basis::Corroborated) j["grade"] = toString(e->evidence.grade);
    j["sources"] = nlohmann::ordered_json::array();
    std::set<std::pair<std::string, int>> seen;
    for (const Citation& c : e->citations) {
      if (!seen.insert({c.source, c.paragraph}).second) continue;
      nlohmann::ordered_json s{{"source", c.source}};
      s["paragraph"] = c.paragraph > 0 ? nlohmann::ordered_json(c.paragraph) : nlohmann::ordered_json();
      j["sources"].push_back(s);
    }
    list.push_back(std::move(j));
  }
  return list.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace itinera
