// The trip as an agenda: a staff-readable table per local day, and a JSON list of events.
#include "core/story/trip_agenda.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/trip/json_text.h"
#include "core/story/story_agenda.h"
#include "core/story/trip_text.h"
#include "core/time/place_zones.h"

namespace itinera {
namespace {

std::string pad(const std::string& s, size_t width) {
  size_t n = codePointCount(s);
  return n >= width ? s : s + std::string(width - n, ' ');
}

using Cells = std::vector<std::string>;

std::string formatTable(const std::vector<Cells>& rows) {
  std::vector<size_t> widths(4, 0);
  for (const Cells& r : rows)
    for (size_t i = 0; i < 3; ++i) widths[i] = std::max(widths[i], codePointCount(r[i]));
  std::string out;
  for (const Cells& r : rows) out += "  " + pad(r[0], widths[0]) + "  " + pad(r[1], widths[1]) + "  " +
                                     pad(r[2], widths[2]) + "  " + r[3] + "\n";
  return out;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace

std::string timeZoneNote(const Trip& trip, const TripClock& clock) {
  return PlaceZones(trip, clock).several()
             ? "Times are each place's local time, with its zone; the trip's home zone is " + trip.timeZone
             : "Times are local (" + trip.timeZone + ", UTC" + formatOffset(clock.offset(trip.periodStart)) + ")";
}

std::string formatAgenda(const Trip& trip, const TripClock& clock) {
  std::string out = trip.title + "\n" + timeZoneNote(trip, clock) +
                    ". Unmarked: stated by the primary source; [C], [P]: corroborated elsewhere with that grade; "
                    "[estimate]: an estimate with no source; [inferred]: an inference, its reason given in the trip "
                    "file.\n";
  for (const AgendaDay& day : buildAgenda(trip, clock)) {
    std::vector<Cells> rows{{"Time", "Event", "Place", "Participants"}};
    for (const AgendaRow& r : day.rows) rows.push_back({r.time, r.title + r.mark, r.place, joined(r.participants)});
    out += "\n" + day.heading + "\n" + formatTable(rows);
  }
  return out;
}

namespace {

using Json = nlohmann::ordered_json;

Json orNull(bool present, Json value) { return present ? value : Json(); }

Json sourcesOf(const Event& e) {
  Json list = Json::array();
  std::set<std::pair<std::string, int>> seen;
  for (const Citation& c : e.citations) {
    if (!seen.insert({c.source, c.paragraph}).second) continue;
    Json s{{"source", c.source}};
    s["paragraph"] = orNull(c.paragraph > 0, c.paragraph);
    list.push_back(s);
  }
  return list;
}

Json eventJson(const Trip& trip, const TripClock& clock, const AgendaDay& day, const AgendaRow& row) {
  const Event& e = *row.event;
  Json j;
  const Place* p = trip.place(e.place);
  j["id"] = e.id;
  j["title"] = e.title;
  j["kind"] = e.kind;
  j["summary"] = e.summary;
  j["day"] = day.heading;
  j["time_label"] = row.time;
  j["start"] = clock.iso(e.time.start);
  j["end"] = clock.iso(e.time.end);
  if (e.time.earliest) j["earliest"] = clock.iso(*e.time.earliest);
  if (e.time.latest) j["latest"] = clock.iso(*e.time.latest);
  j["time_precision"] = toString(e.time.precision);
  j["place"] = orNull(p, p ? p->id : "");
  j["place_name"] = orNull(p, p ? p->name : "");
  j["place_label"] = row.place;
  LonLat at = p ? p->location : e.point.value_or(LonLat{});
  j["lon"] = orNull(p || e.point, at.lon);
  j["lat"] = orNull(p || e.point, at.lat);
  j["location_precision"] = orNull(p, p ? toString(p->precision) : "");
  j["participants"] = row.participants;
  j["basis"] = toString(e.evidence.basis);
  if (e.evidence.basis == Basis::Corroborated) j["grade"] = toString(e.evidence.grade);
  j["grades"] = {{"time", row.timeGrade}, {"place", row.placeGrade}};
  j["sources"] = sourcesOf(e);
  return j;
}

}  // namespace

std::string agendaJson(const Trip& trip, const TripClock& clock) {
  std::map<const Event*, std::pair<const AgendaDay*, const AgendaRow*>> rows;
  std::vector<AgendaDay> days = buildAgenda(trip, clock);
  for (const AgendaDay& day : days)
    for (const AgendaRow& row : day.rows) rows[row.event] = {&day, &row};
  Json list = Json::array();
  for (const Event* e : trip.eventsInOrder()) list.push_back(eventJson(trip, clock, *rows[e].first, *rows[e].second));
  return list.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace itinera
