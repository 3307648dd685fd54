// The briefing book's contents: the trip as the story model tells it (agenda days, each event
// worded with the grade of every part, the sources, what is not known) plus the map images the
// job renders. The layout (handout_layout.h) only sets these texts; it words nothing itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/time/trip_clock.h"
#include "core/trip/trip.h"

namespace itinera {

// RGBA pixels, top row first, rows width*4 bytes apart; empty when there is no map.
struct HandoutImage {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;
  bool empty() const { return rgba.empty(); }
};

// One event as a row of a day's agenda table.
struct HandoutRow {
  std::string eventId;                    // never shown
  std::string kind;                       // the event's kind: its colour
  std::string when;                       // "afternoon (C)", "time not known (inferred)"
  std::string title;                      // the event's title
  std::string basis;                      // "stated", "corroborated (C)", "inferred"
  std::string where;                      // "Palacio de las Garzas (place C; location C)"
  std::vector<std::string> participants;  // "Name, role"
  std::vector<std::string> attendance;    // per participant: "Attendance inferred: why", "" when stated
  std::string summary;                    // the summary, then the outcome
  std::vector<std::string> references;    // "[1] ¶4": the source's number and the paragraph
};

struct HandoutDay {
  std::string heading;  // "Tuesday 19 April 2022", "During the trip (date not known)"
  bool dated = true;
  std::vector<const Event*> events;  // for the map's frame
  std::vector<HandoutRow> rows;
  HandoutImage map;
};

struct HandoutSource {
  int number = 0;  // what the agenda's references cite
  std::string publisher, title, date, link;  // date "" when not recorded, link "" when none
  std::vector<int> paragraphs;               // the paragraphs the book cites, in order
};

struct HandoutBook {
  std::string title, dates;
  std::string timeNote;                 // "Times are local (America/Panama, UTC-05:00)."
  std::vector<std::string> travellers;  // names with their roles
  HandoutImage overviewMap;
  std::vector<HandoutDay> days;
  std::vector<HandoutSource> sources;
  std::vector<std::string> unknowns;    // what the trip does not know, one sentence each
};

// The book of `trip`, maps left empty for the job to render.
HandoutBook handoutBook(const Trip& trip, const TripClock& clock);

// "[1] ¶4", "[2]": a reference to the `number`th source, at `paragraph` when it is above 0.
std::string handoutReference(int number, int paragraph);

}  // namespace itinera
