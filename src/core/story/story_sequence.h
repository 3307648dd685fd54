// The presenter sequence: the trip told as a list of cards (title, a day overview per day, one per
// event, quotes of the statements, closing), each with the trip time it shows. Presenter mode, a video and slides all
// follow this list; none of them decides on its own what comes next.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/story/story_agenda.h"
#include "core/story/story_card.h"
#include "core/story/trip_text.h"
#include "core/time/timeline.h"
#include "core/trip/trip.h"

namespace itinera {

struct SequenceSource {
  std::string title, publisher, date;  // date "" when the trip records none
};

struct SequenceCard {
  enum class Kind { Title, DayOverview, Event, Quote, Closing };
  Kind kind = Kind::Event;
  std::string id;      // "title", "day:2022-04-19", "event:<event id>", "quote:<event id>", "closing"; never shown
  int64_t time = 0;    // the trip time the map shows, Unix seconds
  // The day only: the card's time stands for a day (an event whose hour is not known), so no
  // hour may be shown with it.
  bool dayOnly = false;
  std::string clock;   // the clock text: the clock's, or the day alone ("Wed 20 Apr 2022")
  std::string heading;  // the trip title, "Tuesday 19 April 2022", the event title, "Alejandro N. Mayorkas said", "Sources"
  // Every text the card shows, in reading order, heading first: what a slide lays out and what
  // the pacing gives time to read.
  std::vector<std::string> lines;

  std::optional<StoryCard> card;  // Event: the event told as the caption tells it
  const Event* event = nullptr;   // Event and Quote
  // Event and Quote: the event's speaker notes, for the presenter view only; not in `lines`,
  // which the room sees. "" when the trip gives none.
  std::string notes;

  std::string dates;                    // Title: "18-20 April 2022"
  std::vector<std::string> travellers;  // Title: names with their roles

  // DayOverview: the day's rows of the agenda (story_agenda.h), one line each in `lines`; the
  // map is framed on their places (dayOverviewPlaces).
  std::vector<AgendaRow> dayRows;

  std::vector<std::string> speakers;  // Quote: who said it
  std::string passage;                // Quote: the cited passage, or the summary without the file
  bool passageFromSource = false;     // Quote: true when `passage` is the source's own text
  // Quote: the passage's source; Event: its first citation's. "U.S. Department of Homeland
  // Security, ..., paragraph 2"
  std::string citation;

  std::vector<SequenceSource> sources;  // Closing
  std::vector<std::string> unknowns;    // Closing: what is not known, one sentence each
};

using StorySequence = std::vector<SequenceCard>;

// The cards in order: the title at the trip start; before each local day's first card, a day
// overview standing at the day's start (never before the trip's), with one line per event of
// that day in the agenda's order; one card per dated event at its stop
// (Timeline::stopFor), in stop order and then the trip's event order; events of kind
// "statement" as quote cards, dated ones in place, undated ones after the events in the order
// of the text reporting them; other undated events after the dated ones; the closing card at
// the trip end. Every event has exactly one card of its own (and a line on its day's overview). Passages come from the source files found
// in `sourceDirs`.
StorySequence buildSequence(const Trip& trip, const Timeline& timeline, const TripClock& clock,
                            const std::vector<std::string>& sourceDirs);

// A day overview's line for an agenda row: "afternoon: Tour of the ... [C]", "time not known: ...".
std::string dayOverviewLine(const AgendaRow& row);
// The places a day overview frames: those of its events, each once, in order; "" skipped.
std::vector<std::string> dayOverviewPlaces(const SequenceCard& card);

// The card shown at trip time `t`: the first of the cards at the latest card time not after `t`;
// nullptr before the first card.
const SequenceCard* sequenceCardAt(const StorySequence& sequence, int64_t t);

// The card a click on place `placeId` shows: the first telling an event there; none if none does.
std::optional<size_t> sequenceCardForPlace(const StorySequence& sequence, const std::string& placeId);

// "18-20 April 2022", "30 April-2 May 2022": the days the trip's period covers.
std::string tripDates(const Trip& trip, const TripClock& clock);

// The travellers as the title card lists them: "Name, role".
std::vector<std::string> travellerLines(const Trip& trip);

// A citation as a source line: "U.S. Department of Homeland Security, ..., paragraph 2".
std::string citationText(const Trip& trip, const Citation& citation);

// The sequence as a JSON array: per card id, kind, time (ISO 8601, the trip's local offset),
// day_only, clock, heading, lines, and by kind: event (id), notes (when any), dates and travellers; a day's events; speakers,
// passage, passage_from_source and citation; sources and unknowns.
std::string sequenceJson(const Trip& trip, const Timeline& timeline, const std::vector<std::string>& sourceDirs = {});

}  // namespace itinera
