// Local and UTC time labels.
#include "ui/time_text.h"

#include <cstdio>

namespace itinera {

std::string weekdayName(const CivilTime& c) {
  static const char* names[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
  int64_t days = daysFromCivil(c.year, c.month, c.day);
  return names[((days % 7) + 7) % 7];
}

std::string monthName(int month) {
  static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

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
