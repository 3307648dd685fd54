// Where the camera should look to follow the story at a moment, and when a move is worth a flight.
#pragma once

#include <cstdint>
#include <string>

#include "core/geo/geo_types.h"
#include "core/geo/projection.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

// The smallest frame side: a city and its surroundings (Panama City, or the Pacific locks with
// the city's edge), so that moving between venues within a city does not move the camera.
inline constexpr double kStoryMinFrameM = 20000;
// A region-precision point place without an outline (or an area-less parent): a region's size.
inline constexpr double kStoryRegionFrameM = 100000;

// The margin around the story's frame, as a fraction of the area it is framed in.
inline constexpr double kStoryFrameMargin = 0.12;

// The projected box that shows a place: an area's outline; an approximate place's circle of
// uncertainty; otherwise a square of kStoryMinFrameM around it (a box never smaller than that).
// Empty for an unknown place.
MapBox placeFrame(const Trip& trip, const Projection& projection, const std::string& placeId);

// What matters at `t`: the places of the travellers' current events and, for those travelling,
// their legs (both ends and the route); failing that, where the travellers wait; failing that
// (nobody present), the event under way, else every place with a marker (the trip overview).
MapBox storyFrame(const Trip& trip, const Timeline& timeline, const Projection& projection, int64_t t);

// Whether the camera should fly from frame `a` to frame `b`: their sizes (larger side) differ by
// more than 1.6x, or their centres are more than 30% of the larger size apart. Compare with the
// frame last flown to, not the previous step's, so that slow drifts add up to a flight.
bool storyFrameChanged(const MapBox& a, const MapBox& b);

}  // namespace itinera
