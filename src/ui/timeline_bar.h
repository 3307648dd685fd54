// The time slider: one band per local day, nights shaded, a tick per event coloured by kind,
// events whose hour is not known as bands across the daylight of their day, uncertain times
// hatched over their possible range, the current time large; drag to scrub.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/story/briefing.h"
#include "render/backdrop.h"
#include "render/ui_context.h"
#include "ui/track_picture.h"

namespace itinera {

// An event whose hour is not known, drawn as a band across its day (pixels).
struct DayBand {
  const Event* event = nullptr;
  ImVec2 min, max;
};

struct TimelineBarResult {
  bool seeked = false;  // the user moved the time
  ImVec2 trackMin, trackMax;  // the events' track: trip start at trackMin.x, trip end at trackMax.x
  std::vector<DayBand> dayBands;
  std::vector<std::pair<std::string, ImVec2>> dayButtons;  // each day's label button: label, centre
  ImVec2 playMin, playMax;  // the Play/Pause button
};

// What the slider keeps from frame to frame: its painted track, and the shapes of the trip's
// events (thousands on a long trip), listed again only when the trip's version, the track's
// place or its days change; a frame copies them and the picture compares them.
struct TimelineBarMemory {
  struct Events {
    uint64_t version = 0;
    ImVec2 min, max;  // the track
    float top = 0, scale = 0;
    std::vector<Timeline::Day> days;
    TrackShapes shapes{{0, 0}, {0, 0}};
    std::vector<DayBand> bands;
  };
  TrackPicture picture;
  std::optional<Events> events;
};

// Draws the bar as an ImGui window at `pos` with `size` (pixels), with `heading` (the trip's
// title and dates) at the right of its controls.
TimelineBarResult drawTimelineBar(Briefing& briefing, const UiFonts& fonts, float scale, ImVec2 pos, ImVec2 size,
                                  Backdrop& backdrop, TimelineBarMemory& memory, const std::string& heading = "");

// The slider's tooltip at pixel column `px` of a drawn bar: the events under the pointer by title
// with their time ("Joint press conference (Wed 20 Apr, during the day)" for a day band), then
// the time the pointer stands for.
std::string sliderTooltip(const Briefing& briefing, const TimelineBarResult& bar, float px, float scale);

// Moves the clock to the next (or previous) event's start, skipping nights and gaps; true if it moved.
bool stepToEvent(Briefing& briefing, bool forward);

// T and the toolbar's toggle: the slider's days, the big clock and the agenda's day headings
// switch between the trip's home zone and the local zone of where the story is.
void toggleReferenceZone(Briefing& briefing);
// The toolbar's "Local days" checkbox, on the current line, for a trip whose places span several
// zones (with one zone both readings are the same); true when it was switched.
bool referenceZoneToggle(Briefing& briefing);

}  // namespace itinera
