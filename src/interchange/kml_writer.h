// The trip as KML 2.2 for Google Earth, written with GDAL's LIBKML driver (libkml): places with
// what happened there, events with their TimeSpan, and legs as lines with theirs, by traveller;
// and a gx:Tour of the presenter sequence (kml_tour.h).
#pragma once

#include <string>

#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

struct KmlCounts {
  int places = 0, events = 0, legs = 0;
};

// Writes `path` (.kml, or .kmz zipped) atomically; returns "" or an error naming `path`.
std::string writeKml(const Trip& trip, const Timeline& timeline, const std::string& path, KmlCounts* counts = nullptr);

}  // namespace itinera
