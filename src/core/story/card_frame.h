// Where a map looks for a card: a card's moment as the story frames it, a day overview on that
// day's places, the whole trip on every place it visits. Slides, the handout, the video and
// presenter mode in the window all frame a card through here.
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

// What presenter mode frames at trip time `t` while `sequence[card]` is shown: a day overview's
// places while it is up, else the story at `t` (core/camera/story_camera.h).
MapBox presentedFrame(const Trip& trip, const Timeline& timeline, const Projection& projection,
                      const StorySequence& sequence, size_t card, int64_t t);

}  // namespace itinera
