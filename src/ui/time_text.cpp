// Local and UTC time labels.
#include "ui/time_text.h"

#include <cstdio>

namespace itinera {

std::string localDateTime(const Briefing& b, int64_t utc) {
  CivilTime c = b.localTime(utc);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %d %s %d, %02d:%02d", weekdayName(c).c_str(), c.day, monthName(c.month).c_str(),
                c.year, c.hour, c.minute);
  return buf;
}

std::string utcHint(const Briefing& b, int64_t utc) {
  CivilTime local = b.localTime(utc), u = civilFromUnix(utc);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%02d:%02d local (%s, UTC%s) = %02d:%02d UTC, %d %s", local.hour, local.minute,
                b.trip().timeZone.c_str(), formatOffset(b.offsetMinutes(utc)).c_str(), u.hour, u.minute, u.day,
                monthName(u.month).c_str());
  return buf;
}

}  // namespace itinera
