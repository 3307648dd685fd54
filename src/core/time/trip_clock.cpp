// The trip's local time on date/tz. date/tz reads a zone's transitions from the system's TZif
// files but not the POSIX TZ rule in the file's footer, which alone gives the offsets after the last
// transition (all of them, in a "slim" file); that rule is read here and applied with date/ptz.h.
#include "core/time/trip_clock.h"

#include <date/tz.h>
// ptz.h's Posix::time_zone::name() names hh_mm_ss unqualified under using-directives for both
// date and std::chrono, and C++20's std::chrono has one too: this makes it date's.
namespace Posix {
using date::hh_mm_ss;
}
#include <date/ptz.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include "core/trip/trip.h"

namespace itinera {

using Seconds = std::chrono::seconds;

// A zone's rules: date/tz's transitions, then the footer's POSIX rule from the last one on.
struct ZoneRules {
  const date::time_zone* zone = nullptr;
  std::optional<Posix::time_zone> footer;
  date::sys_seconds lastTransition;

  date::sys_info info(int64_t utc) const {
    date::sys_seconds t{Seconds{utc}};
    return footer && t >= lastTransition ? footer->get_info(t) : zone->get_info(t);
  }
};

namespace {

struct LoadedZone {
  std::shared_ptr<const ZoneRules> rules;
  std::string error;
};

// The whole file when it is a TZif file of at most 1 MiB.
std::optional<std::string> readTzif(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) > (1u << 20))
    return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < 44 || data.compare(0, 4, "TZif") != 0) return std::nullopt;
  return data;
}

// The POSIX TZ string between the last two newlines of a version 2+ file (RFC 8536, section 3.3).
std::string footerOf(const std::string& tzif) {
  if (tzif[4] < '2' || tzif.back() != '\n') return "";
  size_t start = tzif.rfind('\n', tzif.size() - 2);
  return start == std::string::npos ? "" : tzif.substr(start + 1, tzif.size() - start - 2);
}

// date/tz (with the OS database) reads zones only below the directory it found at start-up. A zone
// in another directory is reached through a path relative to it, using the constructor date/tz's
// own database uses; like those zones, it is kept for the life of the process.
const date::time_zone* zoneOutsideSystemDir(const std::string& dir, const std::string& name) {
  // Never destroyed (date/tz's zone type cannot be deleted from outside it), and still reachable at exit.
  static auto& kept = *new std::vector<const date::time_zone*>;
  std::string path = std::filesystem::absolute(dir).lexically_normal().string() + "/" + name;
  std::string upToRoot;
  for (int i = 0; i < 32; ++i) upToRoot += "../";  // ".." at the root stays there
  kept.push_back(new date::time_zone(upToRoot + path.substr(1), date::detail::undocumented{}));
  return kept.back();
}

LoadedZone loadZone(const std::string& name, const std::string& dir) {
  std::string unknown = "\"" + name + "\" is not a known IANA time zone (expected a name from the tz database, "
                        "such as \"America/Panama\")";
  auto tzif = isPlausibleZoneName(name) ? readTzif(dir + "/" + name) : std::nullopt;
  if (!tzif) return {nullptr, unknown};
  auto rules = std::make_shared<ZoneRules>();
  try {
    rules->zone = dir == kSystemZoneinfo ? date::locate_zone(name) : zoneOutsideSystemDir(dir, name);
    rules->lastTransition = rules->zone->get_info(date::sys_days{date::year{9999} / 1 / 1}).begin;
  } catch (const std::exception& e) {
    return {nullptr, dir == kSystemZoneinfo ? unknown : "cannot read time zone \"" + name + "\": " + e.what()};
  }
  try {
    if (std::string rule = footerOf(*tzif); !rule.empty()) rules->footer.emplace(rule);
  } catch (const std::exception&) {
    // A rule ptz.h cannot read: the last transition's offset holds, as date/tz alone gives.
  }
  return {std::move(rules), ""};
}

// Each zone is read once per process and shared. Failures are not kept: they cost a look at the
// file system, and names from untrusted trips are unbounded.
LoadedZone cachedZone(const std::string& name, const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::shared_ptr<const ZoneRules>> cache;
  std::lock_guard lock(mutex);
  auto key = std::make_pair(dir, name);
  if (auto it = cache.find(key); it != cache.end()) return {it->second, ""};
  LoadedZone loaded = loadZone(name, dir);
  if (loaded.rules) cache.emplace(key, loaded.rules);
  return loaded;
}

}  // namespace

bool isPlausibleZoneName(const std::string& zone) {
  if (zone.empty() || zone.size() > 64 || zone.front() == '/' || zone.find("..") != std::string::npos)
    return false;
  for (char c : zone) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '+' || c == '-' || c == '/';
    if (!ok) return false;
  }
  return true;
}

TripClock::TripClock(const Trip& trip, const std::string& zoneinfoDir)
    : TripClock(trip.timeZone, trip.periodStart.offsetMinutes, zoneinfoDir) {}

TripClock::TripClock(const std::string& zone, int fallbackOffsetMinutes, const std::string& zoneinfoDir)
    : zoneName_(zone), fallbackOffset_(fallbackOffsetMinutes) {
  LoadedZone loaded = cachedZone(zone, zoneinfoDir);
  rules_ = std::move(loaded.rules);
  zoneError_ = std::move(loaded.error);
}

int TripClock::offsetMinutes(int64_t utc) const {
  return rules_ ? static_cast<int>(rules_->info(utc).offset.count() / 60) : fallbackOffset_;
}

std::string TripClock::abbreviation(int64_t utc) const {
  return rules_ ? rules_->info(utc).abbrev : formatOffset(fallbackOffset_);
}

CivilTime TripClock::civil(int64_t utc) const { return civilFromUnix(utc + int64_t{offsetMinutes(utc)} * 60); }

std::string TripClock::iso(int64_t utc) const { return formatIsoTime(utc, offsetMinutes(utc)); }

int64_t TripClock::localDay(int64_t utc) const {
  date::sys_seconds local{Seconds{utc + int64_t{offsetMinutes(utc)} * 60}};
  return date::floor<date::days>(local).time_since_epoch().count();
}

// The offsets a day either side hold across any one transition near `localSeconds`: an instant is
// a reading of it when the zone's offset there is the one it was read with.
int64_t TripClock::toUtc(int64_t localSeconds) const {
  int64_t before = localSeconds - int64_t{offsetMinutes(localSeconds - 86400)} * 60;
  int64_t after = localSeconds - int64_t{offsetMinutes(localSeconds + 86400)} * 60;
  auto reads = [&](int64_t utc) { return utc + int64_t{offsetMinutes(utc)} * 60 == localSeconds; };
  if (reads(before) && reads(after)) return std::min(before, after);
  if (reads(after)) return after;
  return before;
}

}  // namespace itinera
