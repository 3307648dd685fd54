// The trip model: sources, organisations, people, travellers, places, events and legs, each fact
// with its evidence (basis) and citations. Loaded by trip_loader.h, checked by trip_validate.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/time/time_format.h"

namespace itinera {

// --- evidence ---------------------------------------------------------------------------------

enum class Basis { Stated, Corroborated, Inferred };
enum class Grade { None, C, P, EST };  // CORROBORATION.md: confirmed, partial/weak, estimate

// Why a fact is believed: stated by the primary source, corroborated by another source (with a
// grade), or inferred (with a one-line reason).
struct Evidence {
  Basis basis = Basis::Stated;
  std::string source;  // corroborated: the corroborating source id
  Grade grade = Grade::None;
  std::string reason;  // inferred: why
};

// A span of a source: paragraph numbered from 1 (paragraphs are separated by blank lines) and
// [start, end) in Unicode code points within that paragraph. Sources without a file carry no
// span (paragraph = 0, start = end = -1).
struct Citation {
  std::string source;
  int paragraph = 0;
  int start = -1;
  int end = -1;
  bool hasSpan() const { return start >= 0 && end >= 0; }
};

// --- trip-wide metadata -----------------------------------------------------------------------

struct Source {
  std::string id, title, publisher, date, file, sha256, url, note;
};

struct Organisation {
  std::string id, name, nameEs, kind, note;
  Evidence evidence;
  std::vector<Citation> citations;
};

struct Person {
  std::string id, name, sourceSpelling, role, organisation, note;
  Evidence evidence;
  std::vector<Citation> citations;
};

// A person whose whereabouts the trip follows, from `from` to `until`.
struct Traveller {
  std::string person;
  TimePoint from, until;
  Evidence evidence;
  std::vector<Citation> citations;
};

// --- features ---------------------------------------------------------------------------------

enum class LocationPrecision { Exact, Approximate, City, Region };
enum class TimePrecision { Minute, Hour, PartOfDay, Day, Trip };
enum class LegMode { Air, Helicopter, Road, Unknown };

using Ring = std::vector<LonLat>;
using Polygon = std::vector<Ring>;  // outer ring first, then holes

struct Place {
  std::string id, name, nameEs, kind, parent, note;
  LonLat location;               // the point, or a representative point of an area
  std::vector<Polygon> areas;    // empty for a point place
  LocationPrecision precision = LocationPrecision::Exact;
  double uncertaintyM = 0;       // radius, metres; required for approximate places
  Evidence evidence;             // that the place figures in the trip
  std::optional<Evidence> locationEvidence;  // where the coordinates come from
  std::vector<Citation> citations;
  std::string timeZone;          // IANA zone of the place's local time; "" = not given in the file
  bool located = false;          // whether the geometry could be read (else `location` means nothing)
  bool isArea() const { return !areas.empty(); }
};

// When something happened: best estimates `start`/`end`, bounds `earliest`/`latest` when
// uncertain, and how precise the source is.
struct TimeSpan {
  TimePoint start, end;
  std::optional<TimePoint> earliest, latest;
  TimePrecision precision = TimePrecision::Minute;
  std::optional<Evidence> evidence;  // when the timing rests on other grounds than the item
};

struct Participant {
  std::string person;        // either a person ...
  std::string organisation;  // ... or an organisation (then `role` names the office)
  std::string role, note;
  Evidence evidence;
  std::vector<Citation> citations;
};

struct Event {
  std::string id, kind, title, summary, outcome, place, note;
  std::string notes;  // the speaker's notes: what the presenter says or points at; never shown to the room
  std::optional<Evidence> placeEvidence;
  std::optional<LonLat> point;  // only when the feature has its own Point geometry
  TimeSpan time;
  std::vector<Participant> participants;
  Evidence evidence;
  std::vector<Citation> citations;
};

struct Leg {
  std::string id, traveller, from, to, note;
  TimeSpan time;
  LegMode mode = LegMode::Unknown;
  std::optional<Evidence> modeEvidence;
  std::vector<LonLat> route;
  Evidence evidence;
  std::vector<Citation> citations;
};

struct LonLatBox {
  double west = -180, south = -90, east = 180, north = 90;
  bool contains(LonLat p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
};

// The deepest nesting of places: parent links followed from a place, and the depth beyond
// which the validator reports a chain.
inline constexpr int kMaxPlaceDepth = 16;

// The places above `place` through `parent` links, innermost first, as found by `placeById`
// (id -> const Place*, null when unknown). Links may loop, so the walk stops after
// kMaxPlaceDepth + 1 places: one more than allowed, so a chain that is too deep shows.
template <typename Lookup>
std::vector<const Place*> placeAncestors(const Place& place, const Lookup& placeById) {
  std::vector<const Place*> out;
  for (const Place* p = placeById(place.parent); p && int(out.size()) <= kMaxPlaceDepth; p = placeById(p->parent))
    out.push_back(p);
  return out;
}

// True when place `inner` is `outer` or lies (through placeAncestors) inside it.
template <typename Lookup>
bool placeWithinBy(const std::string& inner, const std::string& outer, const Lookup& placeById) {
  if (inner == outer) return true;
  const Place* p = placeById(inner);
  if (!p) return false;
  for (const Place* above : placeAncestors(*p, placeById))
    if (above->id == outer) return true;
  return false;
}

// A named view the trip declares: a lon/lat box, or the places it must show.
struct TripView {
  std::string name, title;
  std::optional<LonLatBox> bbox;
  std::vector<std::string> places;  // place ids, when there is no bbox
};

struct Trip {
  std::string fileName;  // for messages
  std::string id, title, timeZone;
  TimePoint periodStart, periodEnd;
  std::optional<LonLatBox> bbox;  // the FeatureCollection's RFC 7946 bbox, when given
  std::string crs;                // the map CRS the trip names; "" = chosen for its extent
  std::vector<TripView> views;    // the views the trip names; empty = derived from its places
  std::vector<Source> sources;
  std::vector<Organisation> organisations;
  std::vector<Person> people;
  std::vector<Traveller> travellers;
  std::vector<Place> places;
  std::vector<Event> events;
  std::vector<Leg> legs;

  // Rebuilds the id lookups below, making them constant-time. The loader and every snapshot call
  // it; after adding, removing or renaming items, call it again (until then lookups search).
  void reindex();

  const Source* source(const std::string& id) const;
  const Organisation* organisation(const std::string& id) const;
  const Person* person(const std::string& id) const;
  const Place* place(const std::string& id) const;
  const Event* event(const std::string& id) const;
  const Traveller* traveller(const std::string& personId) const;
  // Events at `placeId` (or, with `includeChildren`, at places inside it), by start time.
  std::vector<const Event*> eventsAt(const std::string& placeId, bool includeChildren = false) const;
  // All events by start time (ties by end, then id).
  std::vector<const Event*> eventsInOrder() const;
  // True when `inner` is `outer` or lies (through placeAncestors) inside it.
  bool placeWithin(const std::string& inner, const std::string& outer) const;
  // The display name of a participant: the person's name, or "Organisation (role)".
  std::string participantName(const Participant& p) const;

 private:
  // Each id's position in its vector (the first of duplicated ids), for the sizes it was built at.
  struct Positions {
    std::unordered_map<std::string, size_t> sources, organisations, people, places, events, travellers;
    std::array<size_t, 6> sizes{};
    bool built = false;
  };
  std::array<size_t, 6> sizes() const;
  bool indexCurrent() const;
  Positions positions_;
};

// Names used in the file format and in messages.
const char* toString(Basis b);
const char* toString(Grade g);
const char* toString(LocationPrecision p);
const char* toString(TimePrecision p);
const char* toString(LegMode m);
std::optional<Basis> basisFromString(const std::string& s);
std::optional<Grade> gradeFromString(const std::string& s);
std::optional<LocationPrecision> locationPrecisionFromString(const std::string& s);
std::optional<TimePrecision> timePrecisionFromString(const std::string& s);
std::optional<LegMode> legModeFromString(const std::string& s);

}  // namespace itinera
