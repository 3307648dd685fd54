// The trip at one moment as JSON, and parsing user-given times against the trip's zone and period.
#include "core/story/trip_state.h"

#include <nlohmann/json.hpp>

#include "core/story/local_times.h"
#include "core/story/story_card.h"
#include "core/story/story_clock.h"
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

Json gradeOrNull(const std::string& grade) { return grade.empty() ? Json(nullptr) : Json(grade); }

Json captionJson(const StoryCard& card) {
  Json c;
  c["title"] = card.title;
  c["when"] = card.when;
  c["where"] = card.where;
  if (card.kind == StoryCard::Kind::Travelling) c["mode"] = card.mode;
  c["grades"] = {{"event", gradeOrNull(card.eventGrade)},
                 {"time", gradeOrNull(card.timeGrade)},
                 {"place", gradeOrNull(card.placeGrade)},
                 {"mode", gradeOrNull(card.modeGrade)}};
  c["participants"] = Json::array();
  for (const StoryPerson& p : card.participants) c["participants"].push_back({{"name", p.name}, {"role", p.role}});
  c["summary"] = card.summary;
  c["outcome"] = card.outcome;
  c["also_now"] = card.alsoNow;
  c["also_today"] = card.alsoToday;
  return c;
}

// Each active event's time where it happened: "14:00 CST", its zone and where the zone came from.
Json eventTimesJson(const PlaceZones& zones, const std::vector<const Event*>& events) {
  Json out = Json::array();
  for (const Event* e : events) {
    const TripClock& local = zones.clockFor(e->place);
    out.push_back({{"id", e->id},
                   {"local", eventTimeLabel(*e, zones)},
                   {"start", local.iso(e->time.start)},
                   {"time_zone", local.zoneName()},
                   {"abbreviation", local.abbreviation(e->time.start.utc)},
                   {"zone_from", toString(zones.sourceOf(e->place))}});
  }
  return out;
}

}  // namespace

const char* toString(ReferenceZone z) { return z == ReferenceZone::Home ? "home" : "local"; }

std::optional<ReferenceZone> parseReferenceZone(const std::string& text) {
  if (text == "home") return ReferenceZone::Home;
  if (text == "local") return ReferenceZone::Local;
  return std::nullopt;
}

std::string referenceZoneName(const Trip& trip, const Timeline& timeline, int64_t t, ReferenceZone mode) {
  if (mode == ReferenceZone::Home) return timeline.clock().zoneName();
  PlaceZones zones(trip, timeline.clock());
  return referenceClock(timeline, zones, t, mode).zoneName();
}

std::string tripStateJson(const Trip& trip, const Timeline& timeline, int64_t t, ReferenceZone reference) {
  Timeline::State state = timeline.at(t);
  const TripClock& clock = timeline.clock();
  PlaceZones zones(trip, clock);
  Json j;
  j["time"] = formatIsoTime(t, timeline.offsetMinutes(t));
  j["clock"] = clockAt(trip, timeline, clock, t, zones.several()).local;
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
  j["reference_zone"] = {{"mode", toString(reference)},
                         {"zone", referenceClock(timeline, zones, t, reference).zoneName()}};
  j["event_times"] = eventTimesJson(zones, state.active);
  j["caption"] = captionJson(cardAt(trip, timeline, zones, t));
  return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::optional<int64_t> parseTripTime(const Trip& trip, const TripClock& clock, const std::string& text,
                                     std::string* error) {
  auto fail = [&](const std::string& message) -> std::optional<int64_t> {
    if (error) *error = message;
    return std::nullopt;
  };
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
