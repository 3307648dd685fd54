// Where a slide's or a handout's map looks: a card's moment as the story frames it, a day
// overview on that day's places, the whole trip on every place it visits.
#pragma once

#include <string>
#include <vector>

#include "core/geo/projection.h"
#include "core/story/story_sequence.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

// The smallest box holding each place's frame (core/camera/story_camera.h); empty for none.
MapBox placesFrame(const Trip& trip, const Projection& projection, const std::vector<std::string>& placeIds);

// A day's events' places and both ends and the route of each leg starting that day: the day's movements.
MapBox dayFrame(const Trip& trip, const TripClock& clock, const Projection& projection,
                const std::vector<const Event*>& events);

// Every place an event or leg of the trip touches.
MapBox tripFrame(const Trip& trip, const Projection& projection);

// A day overview on its day's places; any other card as the story frames its moment.
MapBox cardFrame(const Trip& trip, const Timeline& timeline, const Projection& projection, const SequenceCard& card);

}  // namespace itinera
