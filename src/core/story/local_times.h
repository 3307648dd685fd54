// Times of events and legs in their places' zones: the trip's texts (trip_text.h) with the
// zone's abbreviation when the trip spans several zones, so one zone adds nothing to read.
#pragma once

#include <string>

#include "core/story/trip_state.h"
#include "core/time/place_zones.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

// True when the label of `precision` names a moment or part of a day, which a zone qualifies.
bool zoneQualifies(TimePrecision precision);

// "14:00 EDT", "14:00-15:30 CST", "afternoon EDT"; "time not known" without a zone.
std::string eventTimeLabel(const Event& e, const PlaceZones& zones);
// "08:00-11:30 EDT" within one zone; across zones both ends in their own:
// "dep 08:00 EDT, arr 11:30 EST", "dep morning EDT, arr afternoon CST".
std::string legTimeLabel(const Leg& leg, const PlaceZones& zones);
// The clock whose date is the event's day: its place's when its hour is known, else the trip's
// (a date alone is written at the trip's midnight, which may be the evening before elsewhere).
const TripClock& dayClock(const Event& e, const PlaceZones& zones);
// "Mon 18 Apr" in dayClock().
std::string localDay(const Event& e, const PlaceZones& zones);

// The clock of the reference zone at `t` (trip_state.h): the trip's for Home; for Local the
// zone of the first traveller's event's place, else of the place their leg leaves from, else
// the trip's. The slider's days, the big clock and the agenda's day headings follow it.
const TripClock& referenceClock(const Timeline& timeline, const PlaceZones& zones, int64_t t, ReferenceZone mode);

// The clock whose date heads `e` in the agenda: in Home mode the trip's for every dated event;
// in Local mode dayClock(), each event in its own place's calendar.
const TripClock& agendaDayClock(const Event& e, const PlaceZones& zones, ReferenceZone mode);

}  // namespace itinera
