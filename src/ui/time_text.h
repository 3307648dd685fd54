// Trip times as people read them in a briefing: the text of clockAt (core/story/story_clock.h),
// never more precise than the story at that moment.
#pragma once

#include <string>

#include "core/story/briefing.h"

namespace itinera {

// In the briefing's reference zone at that moment (Briefing::referenceClock):
// "Tue 19 Apr 2022, 14:30", "Mon 18 Apr 2022, about 12:00", "Mon 18 Apr 2022, afternoon"
std::string localDateTime(const Briefing& b, int64_t utc);
// "14:30 local (America/Panama, UTC-05:00) = 19:30 UTC, 19 Apr", or as coarse as the clock
std::string utcHint(const Briefing& b, int64_t utc);

}  // namespace itinera
