// The trip evaluated at any moment: traveller states, event sets, trails, stepping, days and nights.
#include "core/time/timeline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

#include "core/geo/great_circle.h"

namespace itinera {
namespace {

constexpr double kRad = std::numbers::pi / 180;
constexpr int64_t kDaySeconds = 86400;

bool undated(const Event& e) { return e.time.precision == TimePrecision::Trip; }
// Minute, hour or part of the day: the event or leg can be placed at a moment.
bool hourKnown(const TimeSpan& time) {
  return time.precision != TimePrecision::Trip && time.precision != TimePrecision::Day;
}
bool hourKnown(const Event& e) { return hourKnown(e.time); }

// Timeline order: by start; on a tie the longer first, so the last started is the most specific.
bool timelineOrder(const Event* a, const Event* b) {
  if (a->time.start != b->time.start) return a->time.start < b->time.start;
  if (a->time.end != b->time.end) return a->time.end > b->time.end;
  return a->id < b->id;
}

std::vector<std::pair<int64_t, int64_t>> eventSpans(const std::vector<const Event*>& events) {
  std::vector<std::pair<int64_t, int64_t>> spans;
  for (const Event* e : events) spans.emplace_back(e->time.start.utc, e->time.end.utc);
  return spans;
}

void appendPoint(std::vector<LonLat>& out, LonLat p) {
  if (out.empty() || out.back().lon != p.lon || out.back().lat != p.lat) out.push_back(p);
}

std::string dayLabel(int64_t days) {
  CivilTime c = civilFromUnix(days * kDaySeconds);
  return weekdayName(c) + " " + std::to_string(c.day) + " " + monthName(c.month);
}

struct SunTimes {
  enum class Kind { RisesAndSets, AlwaysUp, AlwaysDown } kind = Kind::RisesAndSets;
  int64_t rise = 0, set = 0;  // Unix seconds
};

// Sunrise and sunset on calendar day `days` at `where`, with NOAA's "General Solar Position
// Calculations" (equation of time and declination as Fourier series; zenith 90.833 degrees for
// refraction and the sun's radius). Good to a minute or two, plenty for shading nights.
SunTimes sunTimes(int64_t days, LonLat where) {
  CivilTime c = civilFromUnix(days * kDaySeconds);
  int64_t yearStart = daysFromCivil(c.year, 1, 1);
  double yearLength = double(daysFromCivil(c.year + 1, 1, 1) - yearStart);
  double g = 2 * std::numbers::pi / yearLength * double(days - yearStart);  // fractional year at noon
  double eqTimeMin = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                               0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
  double decl = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) - 0.006758 * std::cos(2 * g) +
                0.000907 * std::sin(2 * g) - 0.002697 * std::cos(3 * g) + 0.00148 * std::sin(3 * g);
  double lat = where.lat * kRad;
  double cosH = std::cos(90.833 * kRad) / (std::cos(lat) * std::cos(decl)) - std::tan(lat) * std::tan(decl);
  SunTimes sun;
  if (cosH > 1) sun.kind = SunTimes::Kind::AlwaysDown;
  if (cosH < -1) sun.kind = SunTimes::Kind::AlwaysUp;
  if (sun.kind != SunTimes::Kind::RisesAndSets) return sun;
  double hourAngleDeg = std::acos(cosH) / kRad;
  double riseMin = 720 - 4 * (where.lon + hourAngleDeg) - eqTimeMin;  // minutes after 00:00 UTC
  double setMin = 720 - 4 * (where.lon - hourAngleDeg) - eqTimeMin;
  sun.rise = days * kDaySeconds + std::llround(riseMin * 60);
  sun.set = days * kDaySeconds + std::llround(setMin * 60);
  return sun;
}

}  // namespace

// --- IntervalIndex ----------------------------------------------------------------------------

IntervalIndex::IntervalIndex(const std::vector<std::pair<int64_t, int64_t>>& spansByStart) {
  leaves_ = 1;
  while (leaves_ < spansByStart.size()) leaves_ *= 2;
  maxEnd_.assign(2 * leaves_, std::numeric_limits<int64_t>::min());
  for (size_t i = 0; i < spansByStart.size(); ++i) {
    starts_.push_back(spansByStart[i].first);
    maxEnd_[leaves_ + i] = spansByStart[i].second;
  }
  for (size_t node = leaves_ - 1; node >= 1; --node)
    maxEnd_[node] = std::max(maxEnd_[2 * node], maxEnd_[2 * node + 1]);
}

size_t IntervalIndex::startedBy(int64_t t) const {
  return size_t(std::upper_bound(starts_.begin(), starts_.end(), t) - starts_.begin());
}

std::optional<size_t> IntervalIndex::lastCovering(int64_t t) const {
  size_t limit = startedBy(t);
  if (limit == 0) return std::nullopt;
  return lastIn(1, 0, leaves_, limit, t);
}

// The rightmost leaf below `node` (covering [lo, hi)) with index < limit and end >= t. Only the
// path along `limit` is searched partly; any other subtree is skipped or yields a hit, so O(log n).
std::optional<size_t> IntervalIndex::lastIn(size_t node, size_t lo, size_t hi, size_t limit, int64_t t) const {
  if (lo >= limit || maxEnd_[node] < t) return std::nullopt;
  if (hi - lo == 1) return lo;
  size_t mid = (lo + hi) / 2;
  if (auto right = lastIn(2 * node + 1, mid, hi, limit, t)) return right;
  return lastIn(2 * node, lo, mid, limit, t);
}

size_t IntervalIndex::forEachCovering(int64_t t, const std::function<void(size_t)>& visit) const {
  size_t limit = startedBy(t);
  return limit == 0 ? 0 : eachIn(1, 0, leaves_, limit, t, visit);
}

// Left to right, so the spans come in their order; a subtree is entered only when it holds a hit
// or lies on the path along `limit`.
size_t IntervalIndex::eachIn(size_t node, size_t lo, size_t hi, size_t limit, int64_t t,
                             const std::function<void(size_t)>& visit) const {
  if (lo >= limit || maxEnd_[node] < t) return 1;
  if (hi - lo == 1) {
    visit(lo);
    return 1;
  }
  size_t mid = (lo + hi) / 2;
  return 1 + eachIn(2 * node, lo, mid, limit, t, visit) + eachIn(2 * node + 1, mid, hi, limit, t, visit);
}

// --- Timeline: construction --------------------------------------------------------------------

std::pair<size_t, LonLat> Timeline::Path::locate(double fraction) const {
  if (points.size() < 2 || along.back() <= 0) return {0, points.empty() ? LonLat{} : points.front()};
  double target = std::clamp(fraction, 0.0, 1.0) * along.back();
  size_t seg = size_t(std::upper_bound(along.begin(), along.end(), target) - along.begin());
  seg = std::min(seg == 0 ? 0 : seg - 1, points.size() - 2);
  double length = along[seg + 1] - along[seg];
  double within = length > 0 ? (target - along[seg]) / length : 0;
  LonLat a = points[seg], b = points[seg + 1];
  return {seg, {a.lon + (b.lon - a.lon) * within, a.lat + (b.lat - a.lat) * within}};
}

Timeline::Timeline(const Trip& trip, TripClock clock)
    : trip_(&trip), start_(trip.periodStart.utc), end_(trip.periodEnd.utc), clock_(std::move(clock)) {
  for (const Leg& leg : trip.legs) {
    Path& path = paths_[&leg];
    path.points = leg.route.size() >= 2 ? leg.route : std::vector<LonLat>{placeLocation(leg.from), placeLocation(leg.to)};
    path.along.push_back(0);
    for (size_t i = 1; i < path.points.size(); ++i)
      path.along.push_back(path.along.back() + greatCircleMetres(path.points[i - 1], path.points[i]));
  }
  for (const Event& e : trip.events) (undated(e) ? undated_ : dated_).push_back(&e);
  std::sort(dated_.begin(), dated_.end(), timelineOrder);
  for (const Event* e : dated_)
    if (hourKnown(*e)) timed_.push_back(e);
  for (const Event* e : trip.eventsInOrder())
    if (e->time.precision == TimePrecision::Day) dayOnly_.push_back(e);
  std::stable_sort(dayOnly_.begin(), dayOnly_.end(),
                   [](const Event* x, const Event* y) { return x->time.start.utc < y->time.start.utc; });
  eventIndex_ = IntervalIndex(eventSpans(timed_));
  indexDayOnly();
  for (const Event* e : dated_)
    if (e->time.earliest || e->time.latest)
      uncertain_.push_back({e, e->time.earliest.value_or(e->time.start).utc, e->time.latest.value_or(e->time.end).utc});
  byEnd_ = dated_;
  std::stable_sort(byEnd_.begin(), byEnd_.end(),
                   [](const Event* x, const Event* y) { return x->time.end.utc < y->time.end.utc; });
  auto addKnown = [this](const TimeSpan& span) {
    if (!hourKnown(span)) return;
    knownEnds_.push_back({span.end.utc, span.precision});
    knownStarts_.push_back({span.start.utc, span.precision});
  };
  for (const Event& e : trip.events) addKnown(e.time);
  for (const Leg& leg : trip.legs) addKnown(leg.time);
  // On a tie the coarser precision is the one found: last among the ends, first among the starts.
  std::sort(knownEnds_.begin(), knownEnds_.end(), [](const KnownHour& x, const KnownHour& y) {
    return x.at != y.at ? x.at < y.at : x.precision < y.precision;
  });
  std::sort(knownStarts_.begin(), knownStarts_.end(), [](const KnownHour& x, const KnownHour& y) {
    return x.at != y.at ? x.at < y.at : x.precision > y.precision;
  });
  for (const Event* e : dated_) eventStarts_.push_back(*stopFor(*e));
  std::sort(eventStarts_.begin(), eventStarts_.end());
  eventStarts_.erase(std::unique(eventStarts_.begin(), eventStarts_.end()), eventStarts_.end());
  for (const Traveller& t : trip.travellers) {
    Track track = makeTrack(trip, t);
    if (!track.stretches.empty()) tracks_.push_back(std::move(track));
  }
  if (!trip.places.empty()) {
    LonLat sum;
    for (const Place& p : trip.places) sum = {sum.lon + p.location.lon, sum.lat + p.location.lat};
    centroid_ = LonLat{sum.lon / double(trip.places.size()), sum.lat / double(trip.places.size())};
  }
}

std::optional<Timeline::KnownHour> Timeline::lastKnownEnd(int64_t t) const {
  auto after = std::upper_bound(knownEnds_.begin(), knownEnds_.end(), t,
                                [](int64_t time, const KnownHour& k) { return time < k.at; });
  if (after == knownEnds_.begin()) return std::nullopt;
  return *std::prev(after);
}

std::optional<Timeline::KnownHour> Timeline::firstKnownStart(int64_t t) const {
  auto from = std::lower_bound(knownStarts_.begin(), knownStarts_.end(), t,
                               [](const KnownHour& k, int64_t time) { return k.at < time; });
  if (from == knownStarts_.end()) return std::nullopt;
  return *from;
}

// The index needs the events by start, in the timeline's order: it is kept over positions in
// dayOnly_ rather than over a second list of the events.
void Timeline::indexDayOnly() {
  dayOnlyByStart_.resize(dayOnly_.size());
  std::iota(dayOnlyByStart_.begin(), dayOnlyByStart_.end(), size_t(0));
  std::sort(dayOnlyByStart_.begin(), dayOnlyByStart_.end(),
            [&](size_t a, size_t b) { return timelineOrder(dayOnly_[a], dayOnly_[b]); });
  std::vector<std::pair<int64_t, int64_t>> spans;
  for (size_t i : dayOnlyByStart_) spans.emplace_back(dayOnly_[i]->time.start.utc, dayOnly_[i]->time.end.utc);
  dayOnlyIndex_ = IntervalIndex(spans);
}

Timeline::Track Timeline::makeTrack(const Trip& trip, const Traveller& traveller) {
  Track track;
  track.id = traveller.person;
  const Person* person = trip.person(traveller.person);
  track.name = person ? person->name : traveller.person;
  track.from = traveller.from.utc;
  track.until = traveller.until.utc;
  // A stretch at an event whose hour is not known says nothing about any moment of its day.
  std::vector<Stretch> all = itinerary(trip, traveller.person);
  for (const Stretch& s : all)
    if (!s.event || hourKnown(*s.event)) track.stretches.push_back(s);
  if (track.stretches.empty()) track.stretches = all;
  for (size_t i = 0; i < track.stretches.size(); ++i) {
    bool later = i == 0 || track.stretches[i].end >= track.stretches[track.reach.back()].end;
    track.reach.push_back(later ? i : track.reach.back());
    const Stretch& s = track.stretches[i];
    if (s.leg) track.legs.push_back(s.leg);
    if (s.event && hourKnown(*s.event)) track.events.push_back(s.event);
  }
  std::sort(track.events.begin(), track.events.end(), timelineOrder);
  track.eventIndex = IntervalIndex(eventSpans(track.events));
  std::vector<std::pair<int64_t, int64_t>> legSpans;
  for (const Leg* leg : track.legs) {
    legSpans.emplace_back(leg->time.start.utc, leg->time.end.utc - 1);
    int64_t arrives = leg->time.end.utc;
    track.arrivedBy.push_back(track.arrivedBy.empty() ? arrives : std::max(arrives, track.arrivedBy.back()));
  }
  track.legIndex = IntervalIndex(legSpans);
  return track;
}

// --- Timeline: state at a moment ---------------------------------------------------------------

LonLat Timeline::placeLocation(const std::string& placeId) const {
  const Place* place = trip_->place(placeId);
  return place ? place->location : LonLat{};
}

std::optional<LonLat> Timeline::eventLocation(const Event& event) const {
  if (event.point) return event.point;
  if (const Place* place = trip_->place(event.place)) return place->location;
  return std::nullopt;
}

LonLat Timeline::legPosition(const Leg& leg, double fraction) const { return path(leg).locate(fraction).second; }

const Timeline::Path& Timeline::path(const Leg& leg) const {
  static const Path none;
  auto it = paths_.find(&leg);
  return it == paths_.end() ? none : it->second;
}

const Timeline::Track* Timeline::track(const std::string& id) const {
  for (const Track& t : tracks_)
    if (t.id == id) return &t;
  return nullptr;
}

Timeline::TravellerState Timeline::travellerState(const Track& track, int64_t t) const {
  using Status = TravellerState::Status;
  TravellerState s;
  s.id = track.id;
  s.name = track.name;
  auto stayAt = [&](const std::string& place, Status status) {
    s.status = status;
    s.place = place;
    s.position = placeLocation(place);
    return s;
  };
  if (t < track.from) return stayAt(track.stretches.front().startPlace, Status::Away);
  if (t > track.until) return stayAt(track.stretches[track.reach.back()].endPlace, Status::Away);
  if (auto i = track.legIndex.lastCovering(t)) {
    const Leg* leg = track.legs[*i];
    s.status = Status::Travelling;
    s.leg = leg;
    s.legFraction = double(t - leg->time.start.utc) / double(leg->time.end.utc - leg->time.start.utc);
    s.position = legPosition(*leg, s.legFraction);
    return s;
  }
  if (auto i = track.eventIndex.lastCovering(t)) {
    const Event* e = track.events[*i];
    stayAt(e->place, Status::AtEvent);
    s.event = e;
    s.position = eventLocation(*e).value_or(s.position);
    return s;
  }
  auto started = std::upper_bound(track.stretches.begin(), track.stretches.end(), t,
                                  [](int64_t time, const Stretch& st) { return time < st.start; });
  if (started == track.stretches.begin()) return stayAt(track.stretches.front().startPlace, Status::Waiting);
  size_t last = size_t(started - track.stretches.begin()) - 1;
  return stayAt(track.stretches[track.reach[last]].endPlace, Status::Waiting);
}

Timeline::State Timeline::at(int64_t t) const {
  State state;
  state.time = t;
  for (const Track& track : tracks_) state.travellers.push_back(travellerState(track, t));
  state.examined += eventIndex_.forEachCovering(t, [&](size_t i) { state.active.push_back(timed_[i]); });
  state.examined += dayOnlyIndex_.forEachCovering(
      t, [&](size_t i) { state.hourUnknown.push_back(dayOnly_[dayOnlyByStart_[i]]); });
  auto started = std::upper_bound(dated_.begin(), dated_.end(), t,
                                  [](int64_t time, const Event* e) { return time < e->time.start.utc; });
  state.upcoming = {started, dated_.end()};
  auto ended = std::lower_bound(byEnd_.begin(), byEnd_.end(), t,
                                [](const Event* e, int64_t time) { return e->time.end.utc < time; });
  state.past = {byEnd_.begin(), ended};
  state.undated = undated_;
  return state;
}

const Event* Timeline::eventAt(int64_t t) const {
  auto i = eventIndex_.lastCovering(t);
  return i ? timed_[*i] : nullptr;
}

std::optional<int64_t> Timeline::stopFor(const Event& event) const {
  if (undated(event)) return std::nullopt;
  if (hourKnown(event)) return event.time.start.utc;
  return std::max(clock_.localMidnight(clock_.localDay(event.time.start.utc)), start_);
}

std::optional<int64_t> Timeline::nextEventTime(int64_t t) const {
  auto it = std::upper_bound(eventStarts_.begin(), eventStarts_.end(), t);
  if (it == eventStarts_.end()) return std::nullopt;
  return *it;
}

std::optional<int64_t> Timeline::previousEventTime(int64_t t) const {
  auto it = std::lower_bound(eventStarts_.begin(), eventStarts_.end(), t);
  if (it == eventStarts_.begin()) return std::nullopt;
  return *(it - 1);
}

// --- Timeline: trails --------------------------------------------------------------------------

std::vector<LonLat> Timeline::trailUntil(const std::string& traveller, int64_t t, int64_t since, size_t maxLegs) const {
  std::vector<LonLat> out;
  const Track* tr = track(traveller);
  if (!tr || maxLegs == 0) return out;
  // The last `maxLegs` begun by `t` and arrived after `since`, found from the last begun back to
  // where no earlier leg arrives after `since`: a frame's cost does not grow with the trip.
  auto begun = std::upper_bound(tr->legs.begin(), tr->legs.end(), t,
                                [](int64_t time, const Leg* leg) { return time < leg->time.start.utc; });
  std::vector<const Leg*> legs;
  for (size_t i = size_t(begun - tr->legs.begin()); i-- > 0 && legs.size() < maxLegs && tr->arrivedBy[i] >= since;)
    if (tr->legs[i]->time.end.utc >= since) legs.push_back(tr->legs[i]);
  std::reverse(legs.begin(), legs.end());
  for (const Leg* leg : legs) {
    const Path& p = path(*leg);
    if (leg->time.end.utc <= t) {
      for (LonLat q : p.points) appendPoint(out, q);
      continue;
    }
    double fraction = double(t - leg->time.start.utc) / double(leg->time.end.utc - leg->time.start.utc);
    auto [seg, here] = p.locate(fraction);
    for (size_t i = 0; i <= seg && i < p.points.size(); ++i) appendPoint(out, p.points[i]);
    appendPoint(out, here);
    break;
  }
  return out;
}

std::vector<LonLat> Timeline::routeAfter(const std::string& traveller, int64_t t, int64_t until, size_t maxLegs) const {
  std::vector<LonLat> out;
  const Track* tr = track(traveller);
  if (!tr) return out;
  size_t legs = 0;
  // The legs before the first whose latest arrival so far is after `t` have all arrived by `t`.
  size_t from = size_t(std::upper_bound(tr->arrivedBy.begin(), tr->arrivedBy.end(), t) - tr->arrivedBy.begin());
  for (size_t n = from; n < tr->legs.size(); ++n) {
    const Leg* leg = tr->legs[n];
    if (leg->time.start.utc > until || legs == maxLegs) break;  // by departure
    if (leg->time.end.utc <= t) continue;
    ++legs;
    const Path& p = path(*leg);
    size_t first = 0;
    if (leg->time.start.utc <= t) {  // under way: from the current position on
      double fraction = double(t - leg->time.start.utc) / double(leg->time.end.utc - leg->time.start.utc);
      auto [seg, here] = p.locate(fraction);
      appendPoint(out, here);
      first = seg + 1;
    }
    for (size_t i = first; i < p.points.size(); ++i) appendPoint(out, p.points[i]);
  }
  return out;
}

// --- Timeline: days, nights and uncertain times ------------------------------------------------

std::optional<LonLat> Timeline::storyLocation(int64_t t) const {
  for (const Track& track : tracks_) {
    TravellerState state = travellerState(track, t);
    if (state.status != TravellerState::Status::Away) return state.position;
  }
  return centroid_;
}

std::vector<std::pair<int64_t, int64_t>> Timeline::nightsWithin(int64_t days, int64_t from, int64_t to) const {
  std::vector<std::pair<int64_t, int64_t>> out;
  std::optional<LonLat> where = storyLocation(from + (to - from) / 2);
  if (!where) return out;
  auto add = [&](int64_t a, int64_t b) {
    a = std::max(a, from);
    b = std::min(b, to);
    if (b > a) out.emplace_back(a, b);
  };
  SunTimes sun = sunTimes(days, *where);
  if (sun.kind == SunTimes::Kind::AlwaysDown) add(from, to);
  if (sun.kind == SunTimes::Kind::RisesAndSets) {
    add(from, sun.rise);
    add(sun.set, to);
  }
  return out;
}

std::vector<Timeline::Day> Timeline::days(const TripClock& clock) const {
  std::vector<Day> out;
  int64_t day = clock.localDay(start_);
  for (int guard = 0; guard < 40000; ++guard, ++day) {  // about a century: a bound, not a limit in practice
    int64_t from = std::max(clock.localMidnight(day), start_), to = std::min(clock.localMidnight(day + 1), end_);
    if (from >= end_) break;
    if (to > from) out.push_back({from, to, dayLabel(day), nightsWithin(day, from, to)});
  }
  return out;
}

const char* toString(Timeline::TravellerState::Status status) {
  using Status = Timeline::TravellerState::Status;
  switch (status) {
    case Status::AtEvent: return "at_event";
    case Status::Travelling: return "travelling";
    case Status::Waiting: return "waiting";
    case Status::Away: return "away";
  }
  return "?";
}

}  // namespace itinera
