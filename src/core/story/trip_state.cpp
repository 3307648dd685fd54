// The trip at one moment as JSON, and parsing user-given times against the trip's zone and period.
#include "core/story/trip_state.h"

#include <nlohmann/json.hpp>

#include "core/time/trip_clock.h"

namespace itinera {
namespace {

using Json = nlohmann::ordered_json;

Json idOrNull(const std::string* id) { return id ? Json(*id) : Json(nullptr); }

// Unix time of `text` as ISO 8601 with an offset, local time, or a date; else why it is none.
std::optional<int64_t> readTime(const std::string& text, const TripClock& clock, std::string& problem) {
  TimeReading withOffset = readIsoTime(text);
  if (withOffset.time) return withOffset.time->utc;
  if (withOffset.fault == TimeFault::MissingOffset)  // a local time: read it as if UTC, then place it
    return clock.toUtc(readIsoTime(text + "Z").time->utc);
  if (auto days = parseIsoDate(text)) return clock.localMidnight(*days);
  problem = withOffset.problem;
  return std::nullopt;
}

}  // namespace

// The timeline already refers to the trip; the trip is named in the signature for the callers' sake.
std::string tripStateJson(const Trip& /*trip*/, const Timeline& timeline, int64_t t) {
  Timeline::State state = timeline.at(t);
  Json j;
  j["time"] = formatIsoTime(t, timeline.offsetMinutes(t));
  j["travellers"] = Json::array();
  for (const Timeline::TravellerState& s : state.travellers) {
    Json traveller;
    traveller["id"] = s.id;
    traveller["name"] = s.name;
    traveller["lon"] = s.position.lon;
    traveller["lat"] = s.position.lat;
    traveller["status"] = toString(s.status);
    traveller["event"] = idOrNull(s.event ? &s.event->id : nullptr);
    traveller["leg"] = idOrNull(s.leg ? &s.leg->id : nullptr);
    j["travellers"].push_back(std::move(traveller));
  }
  j["active_events"] = Json::array();
  for (const Event* e : state.active) j["active_events"].push_back(e->id);
  return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::optional<int64_t> parseTripTime(const Trip& trip, const std::string& text, std::string* error,
                                     const std::string& zoneinfoDir) {
  auto fail = [&](const std::string& message) -> std::optional<int64_t> {
    if (error) *error = message;
    return std::nullopt;
  };
  TripClock clock(trip, zoneinfoDir);
  std::string problem;
  std::optional<int64_t> t = readTime(text, clock, problem);
  if (!t)
    return fail("cannot read the time \"" + text + "\": " + problem + "; expected e.g. 2022-04-19T14:30-05:00, " +
                "2022-04-19T14:30 (local time, " + trip.timeZone + ") or 2022-04-19");
  if (*t < trip.periodStart.utc || *t > trip.periodEnd.utc)
    return fail(clock.iso(*t) + " is outside the trip period, " +
                formatIsoTime(trip.periodStart) + " to " + formatIsoTime(trip.periodEnd));
  return t;
}

}  // namespace itinera
