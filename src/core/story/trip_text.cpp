// Wording of times, places and evidence.
#include "core/story/trip_text.h"

#include <cstdio>

#include "core/story/story_marks.h"

namespace itinera {
namespace {

std::string hhmm(const CivilTime& c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", c.hour, c.minute);
  return buf;
}

std::string partOfDay(const CivilTime& a, const CivilTime& b) {
  int middle = (a.hour * 60 + a.minute + b.hour * 60 + b.minute) / 2;
  if (b.day != a.day) middle = a.hour * 60 + a.minute;
  return middle < 12 * 60 ? "morning" : middle < 18 * 60 ? "afternoon" : "evening";
}

}  // namespace

std::string partOfDayName(const CivilTime& c) {
  return c.hour < 6 ? "night" : c.hour < 12 ? "morning" : c.hour < 18 ? "afternoon" : "evening";
}

std::string timeSpanLabel(const TimeSpan& time, const TripClock& clock) {
  CivilTime a = clock.civil(time.start), b = clock.civil(time.end);
  switch (time.precision) {
    case TimePrecision::Minute: return time.start == time.end ? hhmm(a) : hhmm(a) + "-" + hhmm(b);
    case TimePrecision::Hour: {
      std::string label = "~";  // appended, not concatenated: GCC 12 warns falsely on "~" + string
      label += hhmm(a);
      return time.start == time.end ? label : label + "-" + hhmm(b);
    }
    case TimePrecision::PartOfDay: return partOfDay(a, b);
    case TimePrecision::Day: return "time not known";
    case TimePrecision::Trip: return "date not known";
  }
  return "";
}

std::string placeLabel(const Place* p, const std::string& id, const std::string& marks) {
  if (!p) return id.empty() ? "-" : id;
  std::string precision;
  switch (p->precision) {
    case LocationPrecision::Exact: break;
    case LocationPrecision::Approximate: precision = "approx."; break;
    case LocationPrecision::City: precision = "venue not known"; break;
    case LocationPrecision::Region: precision = "region"; break;
  }
  std::string inside = precision.empty() ? marks : marks.empty() ? precision : precision + "; " + marks;
  return inside.empty() ? p->name : p->name + " (" + inside + ")";
}

std::string basisLabel(const Evidence& e) {
  switch (e.basis) {
    case Basis::Stated: return "stated";
    case Basis::Corroborated: return "corroborated (" + gradeWord(toString(e.grade)) + ")";
    case Basis::Inferred: return "inferred";
  }
  return "";
}

std::string dayHeading(const CivilTime& c) {
  return weekdayName(c, true) + " " + std::to_string(c.day) + " " + monthName(c.month, true) + " " +
         std::to_string(c.year);
}

}  // namespace itinera
