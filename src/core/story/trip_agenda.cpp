// The trip as an agenda: a staff-readable table per local day, and a JSON list of events.
#include "core/story/trip_agenda.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include <nlohmann/json.hpp>

#include "core/trip/json_text.h"
#include "core/trip/trip_index.h"
#include "core/story/trip_text.h"

namespace itinera {
namespace {

std::string basisMark(const Event& e) {
  switch (e.evidence.basis) {
    case Basis::Stated: return "";
    case Basis::Corroborated: return std::string(" [") + toString(e.evidence.grade) + "]";
    case Basis::Inferred: return " [inferred]";
  }
  return "";
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
    Row row{eventTimeLabel(*e, clock), e->title + basisMark(*e), placeLabel(index.place(e->place), e->place), participantList(index, *e)};
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
