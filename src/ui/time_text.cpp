// Local and UTC time labels, as precise as the story at that moment allows.
#include "ui/time_text.h"

#include "core/story/story_clock.h"

namespace itinera {

std::string localDateTime(const Briefing& b, int64_t utc) {
  return clockAt(b.trip(), b.timeline(), b.referenceClock(utc), utc, b.zones().several()).local;
}

std::string utcHint(const Briefing& b, int64_t utc) {
  return clockAt(b.trip(), b.timeline(), b.referenceClock(utc), utc).utc;
}

}  // namespace itinera
