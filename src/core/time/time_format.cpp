// ISO 8601 instants with a UTC offset: parsing, formatting and civil-date arithmetic.
#include "core/time/time_format.h"

#include <cstdio>

namespace itinera {
namespace {

// Reads exactly `width` decimal digits at `pos`; returns -1 if they are not all digits.
int readDigits(std::string_view s, size_t pos, size_t width) {
  if (pos + width > s.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

struct DateParts {
  int year, month, day;
};

std::optional<DateParts> readDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = readDigits(s, 0, 4), m = readDigits(s, 5, 2), d = readDigits(s, 8, 2);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
  return DateParts{y, m, d};
}

// Parses "Z" or "+HH:MM"/"-HH:MM" which must end the string.
std::optional<int> readOffset(std::string_view s, size_t pos) {
  if (pos + 1 == s.size() && s[pos] == 'Z') return 0;
  if (pos + 6 != s.size() || (s[pos] != '+' && s[pos] != '-') || s[pos + 3] != ':') return std::nullopt;
  int h = readDigits(s, pos + 1, 2), m = readDigits(s, pos + 4, 2);
  if (h < 0 || h > 14 || m < 0 || m > 59) return std::nullopt;
  int minutes = h * 60 + m;
  return s[pos] == '-' ? -minutes : minutes;
}

}  // namespace

int64_t daysFromCivil(int year, int month, int day) {
  // Howard Hinnant's algorithm.
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilTime civilFromUnix(int64_t seconds) {
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rem = seconds - days * 86400;
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  CivilTime c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem % 3600 / 60);
  c.second = static_cast<int>(rem % 60);
  return c;
}

std::optional<int64_t> parseIsoDate(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  auto d = readDate(text);
  if (!d) return std::nullopt;
  return daysFromCivil(d->year, d->month, d->day);
}

std::optional<TimePoint> parseIsoTime(std::string_view s) {
  auto d = readDate(s);
  if (!d || s.size() < 17 || s[10] != 'T' || s[13] != ':') return std::nullopt;
  int hour = readDigits(s, 11, 2), minute = readDigits(s, 14, 2), second = 0;
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    second = readDigits(s, pos + 1, 2);
    pos += 3;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return std::nullopt;
  auto offset = readOffset(s, pos);
  if (!offset) return std::nullopt;
  int64_t local = daysFromCivil(d->year, d->month, d->day) * 86400 + hour * 3600 + minute * 60 + second;
  return TimePoint{local - int64_t{*offset} * 60, *offset};
}

std::string formatOffset(int offsetMinutes) {
  char sign = offsetMinutes < 0 ? '-' : '+';
  int m = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, (m / 60) % 100, m % 60);
  return buf;
}

std::string formatIsoTime(int64_t utc, int offsetMinutes) {
  CivilTime c = civilFromUnix(utc + int64_t{offsetMinutes} * 60);
  char buf[48];
  if (c.second != 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute,
                  c.second);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", c.year, c.month, c.day, c.hour, c.minute);
  return buf + formatOffset(offsetMinutes);
}

std::string weekdayName(const CivilTime& c, bool full) {
  static const char* names[] = {"Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"};
  int64_t days = daysFromCivil(c.year, c.month, c.day);
  std::string name = names[((days % 7) + 7) % 7];  // 1970-01-01 was a Thursday
  return full ? name : name.substr(0, 3);
}

std::string monthName(int month, bool full) {
  static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  if (month < 1 || month > 12) return "?";
  std::string name = names[month - 1];
  return full ? name : name.substr(0, 3);
}

}  // namespace itinera
