// The trip evaluated at any moment, plus the day bands, nights and uncertain times of the slider.
#pragma once

#include <cstdint>
#include <limits>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/trip/trip.h"
#include "core/time/trip_clock.h"
#include "core/trip/trip_whereabouts.h"

namespace itinera {

// Closed spans [start, end] in a fixed order (by start), answering "the last span in that order
// that covers t" in O(log n) through a tree of maximum ends.
class IntervalIndex {
 public:
  IntervalIndex() = default;
  explicit IntervalIndex(const std::vector<std::pair<int64_t, int64_t>>& spansByStart);
  size_t startedBy(int64_t t) const;                    // how many spans have start <= t
  std::optional<size_t> lastCovering(int64_t t) const;  // the last span with start <= t <= end
  // Calls `visit` with every span covering t, in order; O((k + 1) log n) for k of them. Returns
  // the number of tree nodes looked at, so a test can tell the work follows k, not n.
  size_t forEachCovering(int64_t t, const std::function<void(size_t)>& visit) const;

 private:
  std::optional<size_t> lastIn(size_t node, size_t lo, size_t hi, size_t limit, int64_t t) const;
  size_t eachIn(size_t node, size_t lo, size_t hi, size_t limit, int64_t t, const std::function<void(size_t)>& visit) const;
  std::vector<int64_t> starts_;
  std::vector<int64_t> maxEnd_;  // heap-ordered tree over leaves_ leaves, root at 1
  size_t leaves_ = 0;
};

// Events with TimePrecision::Trip ("during the trip", time unknown) are "undated": they are listed
// apart and never active, stepped to, or used as a traveller's whereabouts, since their nominal
// span (the whole trip) says nothing about any moment. Events with TimePrecision::Day are dated
// but their hour is not known: they are never active, never the event at a moment and never
// where a traveller is shown; stepping visits them together at the start of their day.
class Timeline {
 public:
  // `trip` must outlive the timeline. Local times (days, offsets) follow `clock`, the trip's clock.
  Timeline(const Trip& trip, TripClock clock);

  int64_t start() const { return start_; }  // the trip period, Unix seconds
  int64_t end() const { return end_; }
  int offsetMinutes(int64_t utc) const { return clock_.offsetMinutes(utc); }  // the trip's local offset
  const TripClock& clock() const { return clock_; }

  struct TravellerState {
    enum class Status { AtEvent, Travelling, Waiting, Away };
    std::string id, name;
    LonLat position;
    Status status = Status::Away;
    std::string place;            // where they are (empty while travelling)
    const Event* event = nullptr;  // AtEvent
    const Leg* leg = nullptr;      // Travelling
    double legFraction = 0;        // Travelling: share of the leg's time elapsed, 0..1
  };
  struct State {
    int64_t time = 0;
    std::vector<TravellerState> travellers;      // in trip order; those without any stretch are left out
    std::vector<const Event*> active;  // dated events, by start (longer first on ties)
    std::vector<const Event*> hourUnknown;  // precision Day, their nominal span covering the time
    // Views into the timeline, which they must not outlive: found by binary search, not copied.
    std::span<const Event* const> past;      // dated, by end
    std::span<const Event* const> upcoming;  // dated, by start (longer first on ties)
    std::span<const Event* const> undated;
    size_t examined = 0;  // index nodes looked at for active and hourUnknown: O((k + 1) log n)
  };

  // Travellers: within Traveller::from..until (inclusive) a leg under way (depart <= t < arrive)
  // makes them Travelling; else the latest-started event of theirs under way (start <= t <= end)
  // makes them AtEvent; else they are Waiting where their last stretch ended. Outside their stay
  // they are Away, positioned at the place of their nearest stretch (first before, last after),
  // so a display can still draw them faded. Events whose hour is not known play no part in a
  // traveller's state. Events: active when start <= t <= end, past when they ended before t,
  // upcoming when they start after t; those whose hour is not known are never active, but
  // hourUnknown while their nominal span covers t. O(log n) per traveller and O((k + 1) log n) for
  // the k events under way: a frame's cost does not grow with the trip.
  State at(int64_t t) const;

  // The position `fraction` (0..1) of the way along the leg, by distance along its route (or the
  // straight line between its places when the route is empty).
  LonLat legPosition(const Leg& leg, double fraction) const;
  // Where an event is shown: its own point, else its place's location (an area's representative
  // point); nullopt for an event with neither.
  std::optional<LonLat> eventLocation(const Event& event) const;

  // The traveller's routes travelled by `t` (solid) and still to come after `t` (faint), as one
  // polyline each; they meet at the traveller's position when a leg is under way.
  // A display's horizon bounds them: the trail leaves out the legs that arrived before `since`
  // and keeps the last `maxLegs`, the route to come leaves out those departing after `until`
  // and keeps the next `maxLegs` (a leg under way counts in both).
  std::vector<LonLat> trailUntil(const std::string& traveller, int64_t t,
                                 int64_t since = std::numeric_limits<int64_t>::min(),
                                 size_t maxLegs = std::numeric_limits<size_t>::max()) const;
  std::vector<LonLat> routeAfter(const std::string& traveller, int64_t t,
                                 int64_t until = std::numeric_limits<int64_t>::max(),
                                 size_t maxLegs = std::numeric_limits<size_t>::max()) const;

  // The next / previous stop strictly after / before `t`, jumping over nights and gaps. The stops
  // are the starts of the events whose hour is known (events sharing a start are under way
  // together there, so they share the stop), and the start of each local day holding events
  // whose hour is not known (they are told together there); each dated event is visited at
  // exactly one stop. nullopt past the last / before the first.
  std::optional<int64_t> nextEventTime(int64_t t) const;
  std::optional<int64_t> previousEventTime(int64_t t) const;
  // The stop at which stepping visits `event`; nullopt for an undated event.
  std::optional<int64_t> stopFor(const Event& event) const;
  // The events known only by their day, in the agenda's order and then by start, so each day's
  // are a run (the slider's day bands).
  const std::vector<const Event*>& dayOnlyEvents() const { return dayOnly_; }
  // Every event with a date (hour known or not), by start (longer first on ties).
  const std::vector<const Event*>& datedEvents() const { return dated_; }
  // The event for a caption at `t`: of the active ones (hour known), the latest-started (the
  // shortest on a tie, i.e. the most specific); nullptr when none is under way.
  const Event* eventAt(int64_t t) const;

  // Around `t`, among the events and legs whose hour is known (minute, hour or part of the day):
  // the latest end at or before `t` and the earliest start at or after it, each with its precision
  // (the coarser where several meet there); nullopt on a side with none. O(log n).
  struct KnownHour {
    int64_t at = 0;
    TimePrecision precision = TimePrecision::Minute;
  };
  std::optional<KnownHour> lastKnownEnd(int64_t t) const;
  std::optional<KnownHour> firstKnownStart(int64_t t) const;

  // Local calendar days clipped to the trip period, labelled like "Mon 18 Apr", each with its
  // nights: before sunrise and after sunset, computed with NOAA's approximate solar formulas where
  // the story is at the day's middle (storyLocation; about 06:10 and 18:20 in Panama in April).
  // No nights without places; a polar night covers the whole day, a midnight sun none of it.
  struct Day {
    int64_t start = 0, end = 0;
    std::string label;
    std::vector<std::pair<int64_t, int64_t>> nights;
    bool operator==(const Day&) const = default;
  };
  std::vector<Day> days() const { return days(clock_); }
  // The same days in another zone's calendar (the reference zone the user chose): its midnights
  // and dates.
  std::vector<Day> days(const TripClock& clock) const;

  // For the slider's hatching: every dated event with `earliest` or `latest`, the range they give
  // (a missing bound falls back to start or end).
  struct Uncertain {
    const Event* event = nullptr;
    int64_t earliest = 0, latest = 0;
  };
  const std::vector<Uncertain>& uncertainSpans() const { return uncertain_; }

 private:
  // A route with its cumulative great-circle lengths, for interpolation by distance.
  struct Path {
    std::vector<LonLat> points;
    std::vector<double> along;  // metres from the first point to each point
    std::pair<size_t, LonLat> locate(double fraction) const;  // segment index and point
  };
  struct Track {
    std::string id, name;
    int64_t from = 0, until = 0;
    std::vector<Stretch> stretches;  // itinerary() order
    std::vector<size_t> reach;       // reach[i]: among stretches[0..i], the one that ends last
    std::vector<const Event*> events;  // dated, by start (longer first on ties)
    IntervalIndex eventIndex;
    std::vector<const Leg*> legs;  // by departure
    std::vector<int64_t> arrivedBy;  // arrivedBy[i]: the latest arrival among legs[0..i]
    IntervalIndex legIndex;        // spans [depart, arrive - 1]: under way until just before arrival
  };

  static Track makeTrack(const Trip& trip, const Traveller& traveller);
  void indexDayOnly();
  TravellerState travellerState(const Track& track, int64_t t) const;
  const Track* track(const std::string& id) const;
  const Path& path(const Leg& leg) const;
  LonLat placeLocation(const std::string& placeId) const;
  // The first traveller's position at `t` who is not away, else the centroid of the trip's places.
  std::optional<LonLat> storyLocation(int64_t t) const;
  std::vector<std::pair<int64_t, int64_t>> nightsWithin(int64_t days, int64_t from, int64_t to) const;

  const Trip* trip_;
  int64_t start_ = 0, end_ = 0;
  TripClock clock_;
  std::vector<Track> tracks_;
  std::unordered_map<const Leg*, Path> paths_;
  std::vector<const Event*> dated_;  // by start (longer first on ties), then id
  std::vector<const Event*> timed_;  // the dated events whose hour is known, same order
  IntervalIndex eventIndex_;         // over timed_
  std::vector<int64_t> eventStarts_;  // the stepping stops, distinct, ascending
  std::vector<const Event*> byEnd_;  // dated_ by end, for the past
  std::vector<const Event*> undated_;
  std::vector<KnownHour> knownEnds_;    // by time, the coarser last on a tie
  std::vector<KnownHour> knownStarts_;  // by time, the coarser first on a tie
  std::vector<Uncertain> uncertain_;  // dated_'s events with earliest or latest, same order
  std::vector<const Event*> dayOnly_;  // precision Day, agenda order, then by start
  std::vector<size_t> dayOnlyByStart_;  // positions in dayOnly_, in dated_'s order
  IntervalIndex dayOnlyIndex_;          // over dayOnlyByStart_
  std::optional<LonLat> centroid_;  // of the trip's places, for sunrise and sunset
};

const char* toString(Timeline::TravellerState::Status status);  // "at_event", "travelling", ...

}  // namespace itinera
