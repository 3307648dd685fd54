// ISO 8601 instants with a UTC offset: parsing (with the reason a text is not a time),
// formatting, and civil dates, on Howard Hinnant's date library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace itinera {

// An instant (Unix seconds, UTC) plus the offset it was written with, in minutes east of UTC.
struct TimePoint {
  int64_t utc = 0;
  int offsetMinutes = 0;

  friend bool operator==(const TimePoint& a, const TimePoint& b) { return a.utc == b.utc; }
  friend auto operator<=>(const TimePoint& a, const TimePoint& b) { return a.utc <=> b.utc; }
};

struct CivilTime {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
};

// Days since 1970-01-01 for a proleptic Gregorian date, and back (date::sys_days).
int64_t daysFromCivil(int year, int month, int day);
CivilTime civilFromUnix(int64_t seconds);

// What is wrong with a text that is not a time, in reading order: the first fault found.
enum class TimeFault {
  None,
  Syntax,          // not the shape YYYY-MM-DDTHH:MM[:SS] and offset
  MissingOffset,   // a full local date and time, but no Z or +HH:MM / -HH:MM
  YearOutOfRange,  // outside 1900..2200
  MonthOutOfRange,
  DayNotInMonth,   // 30 February, 31 April, day 00
  HourOutOfRange,
  MinuteOutOfRange,
  SecondOutOfRange,
  OffsetOutOfRange,  // beyond +/-14:59
};

struct TimeReading {
  std::optional<TimePoint> time;
  TimeFault fault = TimeFault::None;
  std::string problem;  // for people, e.g. "hour 25 is out of range (00-23)"; empty when read
};

// Reads "YYYY-MM-DDTHH:MM[:SS](Z|+HH:MM|-HH:MM)"; the offset is required, fields are
// range-checked and the year must lie in 1900..2200.
TimeReading readIsoTime(std::string_view text);
inline std::optional<TimePoint> parseIsoTime(std::string_view text) { return readIsoTime(text).time; }

// Parses a calendar date "YYYY-MM-DD"; returns days since 1970-01-01.
std::optional<int64_t> parseIsoDate(std::string_view text);

// Formats as "YYYY-MM-DDTHH:MM-05:00" (seconds only when non-zero) in the given offset.
std::string formatIsoTime(int64_t utc, int offsetMinutes);
inline std::string formatIsoTime(const TimePoint& t) { return formatIsoTime(t.utc, t.offsetMinutes); }

// English names of a civil date's weekday and of a month (1-12): "Tue" / "Tuesday", "Apr" / "April".
std::string weekdayName(const CivilTime& c, bool full = false);
std::string monthName(int month, bool full = false);

// Formats an offset as "+HH:MM" / "-HH:MM".
std::string formatOffset(int offsetMinutes);

}  // namespace itinera
