// UTC offsets of IANA time zones, read once from the system's compiled tz database (TZif files).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace itinera {

class TimeZone {
 public:
  // Reads `zoneinfoDir`/`zone` (e.g. "America/Panama"); nullopt for an unknown or malformed zone.
  static std::optional<TimeZone> load(const std::string& zone, const std::string& zoneinfoDir = "/usr/share/zoneinfo");

  const std::string& name() const { return name_; }
  // Minutes east of UTC in force at Unix time `utc`. After the file's last transition the last
  // offset holds (exact for zones without daylight saving, such as America/Panama; Debian's
  // files list transitions up to 2037).
  int offsetMinutes(int64_t utc) const;

 private:
  std::string name_;
  int initialOffset_ = 0;
  std::vector<int64_t> transitions_;  // ascending Unix times
  std::vector<int> offsets_;          // offset from transitions_[i] on
  friend struct TzifReader;
};

// True when `zone` looks like an IANA name (letters, digits, _ + - /) and cannot leave the
// zoneinfo directory.
bool isPlausibleZoneName(const std::string& zone);

}  // namespace itinera
