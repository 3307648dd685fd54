// The presenter sequence as a Google Earth tour (gx:Tour): per card, a flight to the story's frame
// with the time its evidence allows, then a wait as long as presenter mode holds the card.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <kml/dom.h>

#include "core/geo/projection.h"
#include "core/story/story_pacing.h"
#include "core/story/story_sequence.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"
#include "interchange/event_record.h"

namespace itinera {

// Google Earth's horizontal field of view, and the screen shape the ranges are chosen for.
inline constexpr double kEarthFieldOfViewDegrees = 60;
inline constexpr double kEarthScreenAspect = 16.0 / 9.0;
// The shortest flight: even between two cards at the same place the view moves visibly.
inline constexpr double kMinFlightSeconds = 1.5;

struct TourStop {
  std::string id;            // the card's id as an XML id: "stop-event-<event id>", "stop-title"
  LonLat centre;             // where the LookAt looks, straight down
  double rangeM = 0;         // from which distance, so that the frame fills the screen
  int64_t begin = 0, end = 0;  // the time set at the stop, Unix seconds; equal for an instant
  double flySeconds = 0;     // the flight to the stop, as long as the pacing's run or jump to it
  double waitSeconds = 0;    // the card's hold in presenter mode
  bool smooth = false;       // the frame barely moves: glide instead of arcing up and down
};

// One stop per card of `sequence`, in its order. The frame is the app's story frame at the card's
// time, grown to hold the event's place (a region whole); for an event known only by its day or
// the trip, the place alone; the title and closing cards show every place. The time is no more
// precise than the event's: the calendar's span (the minutes or hour, the part of the day's
// range, the whole days, from `records`, the trip's event records) widened to its earliest/latest
// bounds; the trip period for an undated event, the title and the closing.
std::vector<TourStop> tourStops(const Trip& trip, const Timeline& timeline, const Projection& projection,
                                const StorySequence& sequence, const StoryPacing& pacing,
                                const std::vector<EventRecord>& records);

// "stop-" and the card's id with every character an XML id cannot hold replaced by '-'.
std::string tourStopId(const SequenceCard& card);

// The LookAt range (metres) that shows the projected box `frame` whole, with the story margin.
double lookAtRange(const MapBox& frame);

// "2022-04-19T14:30:00-05:00": a KML dateTime in the trip's local offset.
std::string kmlDateTime(const TripClock& clock, int64_t utc);

// The stops as a gx:Tour named `name`: per stop a gx:FlyTo to a LookAt with gx:TimeStamp (an
// instant) or gx:TimeSpan, then a gx:Wait.
kmldom::GxTourPtr tourElement(const std::vector<TourStop>& stops, const TripClock& clock, const std::string& name);

// Adds `tour` to the KML text `kml`, which it rewrites: last in the Document's folder named
// `folderName` when it has one, else last in the Document. Returns "" or what failed.
std::string addTourToKml(std::string& kml, const kmldom::GxTourPtr& tour, const std::string& folderName);

}  // namespace itinera
