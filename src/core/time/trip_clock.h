// The trip's local time: made once from the trip and passed to everything that shows or reads
// local times (offsets, civil times, ISO texts, local days), on date/tz and the system tz database.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/time/time_format.h"

namespace itinera {

struct Trip;
struct ZoneRules;

inline constexpr const char* kSystemZoneinfo = "/usr/share/zoneinfo";

class TripClock {
 public:
  // The trip's `timeZone`, read from `zoneinfoDir`. When it cannot be read (the loader reports
  // why), local time is the fixed offset the trip's period start was written with.
  explicit TripClock(const Trip& trip, const std::string& zoneinfoDir = kSystemZoneinfo);
  // A zone by name, with `fallbackOffsetMinutes` when it cannot be read.
  TripClock(const std::string& zone, int fallbackOffsetMinutes, const std::string& zoneinfoDir = kSystemZoneinfo);

  bool hasZone() const { return rules_ != nullptr; }
  const std::string& zoneName() const { return zoneName_; }
  // Why the zone could not be read, e.g. "\"America/Atlantis\" is not a known IANA time zone (...)".
  const std::string& zoneError() const { return zoneError_; }

  int offsetMinutes(int64_t utc) const;    // minutes east of UTC in force at `utc`
  std::string abbreviation(int64_t utc) const;  // "EST", "EDT"; the offset ("-05:00") without a zone
  CivilTime civil(int64_t utc) const;       // the local date and time at `utc`
  std::string iso(int64_t utc) const;       // "2022-04-19T14:30-05:00" in the local offset
  int64_t localDay(int64_t utc) const;      // the local date at `utc`, as days since 1970-01-01

  // A local date and time (seconds since 1970-01-01 as if it were UTC) to the instant. Of two
  // instants (the hour repeated in autumn) the earlier; a time skipped in spring is read with the
  // offset before the gap (02:30 becomes 03:30).
  int64_t toUtc(int64_t localSeconds) const;
  // The instant local day `days` (since 1970-01-01) begins; where midnight is skipped, the first
  // moment of that day.
  int64_t localMidnight(int64_t days) const { return toUtc(days * 86400); }

  // The same, for a TimePoint.
  int offset(const TimePoint& t) const { return offsetMinutes(t.utc); }
  CivilTime civil(const TimePoint& t) const { return civil(t.utc); }
  std::string iso(const TimePoint& t) const { return iso(t.utc); }

 private:
  std::shared_ptr<const ZoneRules> rules_;  // shared by every clock of the same zone
  std::string zoneName_, zoneError_;
  int fallbackOffset_ = 0;
};

// True when `zone` looks like an IANA name (letters, digits, _ + - /) and cannot leave the
// zoneinfo directory.
bool isPlausibleZoneName(const std::string& zone);

}  // namespace itinera
