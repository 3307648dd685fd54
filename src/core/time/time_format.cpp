// ISO 8601 instants with a UTC offset: a reader that names the first fault it meets, and
// formatting and calendar arithmetic through date::year_month_day, date::sys_days and date::format.
#include "core/time/time_format.h"

#include <date/date.h>

namespace itinera {
namespace {

using Seconds = std::chrono::seconds;
constexpr int kMinYear = 1900, kMaxYear = 2200;

// 0..99 as two digits.
std::string twoDigits(int v) { return {char('0' + v / 10 % 10), char('0' + v % 10)}; }

// Reads one text left to right and stops at the first fault, remembering why.
class IsoReader {
 public:
  explicit IsoReader(std::string_view s) : s_(s) {}

  bool ok() const { return fault_ == TimeFault::None; }
  bool atEnd() const { return pos_ == s_.size(); }
  TimeReading failure() const { return {std::nullopt, fault_, problem_}; }

  std::optional<date::year_month_day> date();
  std::optional<int64_t> timeOfDay();  // seconds after midnight
  std::optional<int> offset();         // minutes east of UTC; Z or +HH:MM / -HH:MM

  // Consumes `c` or records that `what` was expected here.
  bool expect(char c, const char* what) {
    if (!atEnd() && s_[pos_] == c) return ++pos_, true;
    return syntax(what), false;
  }
  void syntax(const std::string& what) {
    std::string found = "the end";
    if (!atEnd()) {
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      found = c >= 0x20 && c < 0x7f ? std::string{'\'', char(c), '\''} : "byte " + std::to_string(int(c));
    }
    fail(TimeFault::Syntax, "expected " + what + " at character " + std::to_string(pos_ + 1) + ", found " + found);
  }
  void fail(TimeFault fault, std::string problem) {
    if (!ok()) return;
    fault_ = fault;
    problem_ = std::move(problem);
  }

 private:
  size_t digitRun() const {
    size_t n = 0;
    while (pos_ + n < s_.size() && s_[pos_ + n] >= '0' && s_[pos_ + n] <= '9') ++n;
    return n;
  }
  // Exactly `width` digits, else a syntax fault naming `what`.
  std::optional<int> number(size_t width, const char* what) {
    if (digitRun() < width) return syntax(what), std::nullopt;
    int value = 0;
    for (size_t i = 0; i < width; ++i) value = value * 10 + (s_[pos_ + i] - '0');
    pos_ += width;
    return value;
  }
  // A two-digit field checked against lo..hi, e.g. "hour 25 is out of range (00-23)".
  std::optional<int> field(const char* name, int lo, int hi, TimeFault fault) {
    auto v = number(2, (std::string("a 2-digit ") + name).c_str());
    if (v && (*v < lo || *v > hi)) {
      fail(fault, std::string(name) + " " + twoDigits(*v) + " is out of range (" + twoDigits(lo) + "-" + twoDigits(hi) + ")");
      return std::nullopt;
    }
    return v;
  }

  std::string_view s_;
  size_t pos_ = 0;
  TimeFault fault_ = TimeFault::None;
  std::string problem_;
};

std::optional<date::year_month_day> IsoReader::date() {
  size_t run = digitRun();
  if (run < 4) return syntax("a 4-digit year"), std::nullopt;
  std::string_view digits = s_.substr(pos_, run);
  int year = run > 4 ? kMaxYear + 1 : std::stoi(std::string(digits));
  if (year < kMinYear || year > kMaxYear) {
    fail(TimeFault::YearOutOfRange, "year " + std::string(digits) + " is outside " + std::to_string(kMinYear) + "-" +
                                        std::to_string(kMaxYear));
    return std::nullopt;
  }
  pos_ += run;
  if (!expect('-', "'-' after the year")) return std::nullopt;
  auto month = field("month", 1, 12, TimeFault::MonthOutOfRange);
  if (!month || !expect('-', "'-' after the month")) return std::nullopt;
  auto day = number(2, "a 2-digit day");
  if (!day) return std::nullopt;
  date::year_month_day ymd{date::year{year}, date::month{unsigned(*month)}, date::day{unsigned(*day)}};
  if (!ymd.ok()) {
    fail(TimeFault::DayNotInMonth, "day " + twoDigits(*day) + " is not in " + monthName(*month, true) + " " +
                                       std::to_string(year));
    return std::nullopt;
  }
  return ymd;
}

std::optional<int64_t> IsoReader::timeOfDay() {
  if (!expect('T', "'T' between the date and the time")) return std::nullopt;
  auto hour = field("hour", 0, 23, TimeFault::HourOutOfRange);
  if (!hour || !expect(':', "':' after the hour")) return std::nullopt;
  auto minute = field("minute", 0, 59, TimeFault::MinuteOutOfRange);
  if (!minute) return std::nullopt;
  int second = 0;
  if (!atEnd() && s_[pos_] == ':') {
    ++pos_;
    auto s = field("second", 0, 59, TimeFault::SecondOutOfRange);
    if (!s) return std::nullopt;
    second = *s;
  }
  return int64_t{*hour} * 3600 + *minute * 60 + second;
}

std::optional<int> IsoReader::offset() {
  if (atEnd()) {
    fail(TimeFault::MissingOffset, "the offset is required (Z, +HH:MM or -HH:MM, e.g. -05:00)");
    return std::nullopt;
  }
  if (s_[pos_] == 'Z') return ++pos_, 0;
  char sign = s_[pos_];
  if (sign != '+' && sign != '-') return syntax("the offset: Z, +HH:MM or -HH:MM"), std::nullopt;
  ++pos_;
  auto hours = number(2, "the offset's 2-digit hours");
  if (!hours || !expect(':', "':' in the offset")) return std::nullopt;
  auto minutes = number(2, "the offset's 2-digit minutes");
  if (!minutes) return std::nullopt;
  if (*hours > 14 || *minutes > 59) {
    fail(TimeFault::OffsetOutOfRange, std::string("offset ") + sign + twoDigits(*hours) + ":" + twoDigits(*minutes) +
                                          " is out of range (at most 14:59 from UTC)");
    return std::nullopt;
  }
  int total = *hours * 60 + *minutes;
  return sign == '-' ? -total : total;
}

int64_t unixDays(const date::year_month_day& ymd) { return date::sys_days{ymd}.time_since_epoch().count(); }

}  // namespace

int64_t daysFromCivil(int year, int month, int day) {
  return unixDays(date::year{year} / date::month{unsigned(month)} / date::day{unsigned(day)});
}

CivilTime civilFromUnix(int64_t seconds) {
  date::sys_seconds t{Seconds{seconds}};
  date::sys_days day = date::floor<date::days>(t);
  date::year_month_day ymd{day};
  date::hh_mm_ss<Seconds> hms{t - day};
  return {int(ymd.year()),         int(unsigned(ymd.month())), int(unsigned(ymd.day())),
          int(hms.hours().count()), int(hms.minutes().count()),  int(hms.seconds().count())};
}

TimeReading readIsoTime(std::string_view text) {
  IsoReader r(text);
  auto ymd = r.date();
  if (!ymd) return r.failure();
  auto clock = r.timeOfDay();
  if (!clock) return r.failure();
  auto offset = r.offset();
  if (!offset) return r.failure();
  if (!r.atEnd()) return r.syntax("the end after the offset"), r.failure();
  int64_t local = unixDays(*ymd) * 86400 + *clock;
  return {TimePoint{local - int64_t{*offset} * 60, *offset}, TimeFault::None, ""};
}

std::optional<int64_t> parseIsoDate(std::string_view text) {
  IsoReader r(text);
  auto ymd = r.date();
  if (!ymd || !r.atEnd()) return std::nullopt;
  return unixDays(*ymd);
}

std::string formatOffset(int offsetMinutes) {
  int m = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
  std::string text(1, offsetMinutes < 0 ? '-' : '+');
  return text.append(twoDigits(m / 60 % 100)).append(":").append(twoDigits(m % 60));
}

std::string formatIsoTime(int64_t utc, int offsetMinutes) {
  date::sys_seconds local{Seconds{utc + int64_t{offsetMinutes} * 60}};
  bool wholeMinute = (local - date::floor<std::chrono::minutes>(local)).count() == 0;
  return date::format(wholeMinute ? "%Y-%m-%dT%H:%M" : "%Y-%m-%dT%H:%M:%S", local) + formatOffset(offsetMinutes);
}

std::string weekdayName(const CivilTime& c, bool full) {
  static const char* names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  date::weekday wd{date::year{c.year} / date::month{unsigned(c.month)} / date::day{unsigned(c.day)}};
  std::string name = names[wd.c_encoding()];
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
