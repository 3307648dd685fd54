// One event told in full: time, title, participants with roles, summary, basis and citations
// with the cited passage when the source document is at hand.
#pragma once

#include <optional>
#include <string>

#include "core/story/briefing.h"
#include "core/story/story_event.h"
#include "core/story/trip_text.h"
#include "render/ui_context.h"

namespace itinera {

// A source as the panel names it: title, publisher and date, and its file where another
// source shares all three.
std::string sourceLine(const Trip& trip, const std::string& sourceId);

class EventDetails {
 public:
  explicit EventDetails(const Briefing& briefing) : briefing_(briefing) {}

  // Draws the event; returns true when its title was clicked (to jump the clock there).
  bool draw(const Event& e, const UiFonts& fonts, bool current);

 private:
  void drawParticipants(const EventStory& story);
  void drawEvidence(const Evidence& evidence, const std::vector<Citation>& citations);

  const Briefing& briefing_;
};

}  // namespace itinera
