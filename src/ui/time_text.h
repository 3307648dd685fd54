// Trip times as people read them in a briefing: local weekday, day and clock, with UTC on demand.
#pragma once

#include <string>

#include "core/story/briefing.h"

namespace itinera {

// "Tue 19 Apr 2022, 14:30"
std::string localDateTime(const Briefing& b, int64_t utc);
// "14:30 UTC-05:00 · 19:30 UTC"
std::string utcHint(const Briefing& b, int64_t utc);

}  // namespace itinera
