// UTC offsets of IANA time zones, read once from the system's compiled tz database (TZif files,
// RFC 8536).
#include "core/time/trip_time_zone.h"

#include <algorithm>
#include <fstream>

namespace itinera {
namespace {

int64_t readBigEndian(const std::string& data, size_t pos, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(data[pos + i]);
  if (bytes == 4) return static_cast<int32_t>(static_cast<uint32_t>(v));
  return static_cast<int64_t>(v);
}

struct TzHeader {
  int64_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
};

std::optional<TzHeader> readHeader(const std::string& data, size_t pos) {
  if (pos + 44 > data.size() || data.compare(pos, 4, "TZif") != 0) return std::nullopt;
  TzHeader h{};
  int64_t* fields[] = {&h.isutcnt, &h.isstdcnt, &h.leapcnt, &h.timecnt, &h.typecnt, &h.charcnt};
  for (int i = 0; i < 6; ++i) *fields[i] = readBigEndian(data, pos + 20 + 4 * i, 4);
  for (int64_t* f : fields)
    if (*f < 0 || *f > 100000) return std::nullopt;
  if (h.typecnt == 0) return std::nullopt;
  return h;
}

size_t blockSize(const TzHeader& h, int timeBytes) {
  return static_cast<size_t>(h.timecnt * timeBytes + h.timecnt + h.typecnt * 6 + h.charcnt +
                             h.leapcnt * (timeBytes + 4) + h.isstdcnt + h.isutcnt);
}

std::optional<std::string> readSmallFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string data;
  char buf[4096];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > (1u << 20)) return std::nullopt;
  }
  return data;
}

}  // namespace

struct TzifReader {
  // Fills `tz` from one data block (v1: 4-byte times, v2+: 8-byte times).
  static bool readBlock(const std::string& data, size_t pos, const TzHeader& h, int timeBytes, TimeZone& tz) {
    if (pos + blockSize(h, timeBytes) > data.size()) return false;
    size_t indices = pos + static_cast<size_t>(h.timecnt * timeBytes);
    size_t types = indices + static_cast<size_t>(h.timecnt);
    auto offsetOfType = [&](int64_t type) -> std::optional<int> {
      if (type >= h.typecnt) return std::nullopt;
      int64_t seconds = readBigEndian(data, types + static_cast<size_t>(type * 6), 4);
      if (seconds < -26 * 3600 || seconds > 26 * 3600) return std::nullopt;
      return static_cast<int>(seconds / 60);
    };
    auto initial = offsetOfType(0);  // before the first transition (RFC 8536, section 3.2)
    if (!initial) return false;
    tz.initialOffset_ = *initial;
    for (int64_t i = 0; i < h.timecnt; ++i) {
      auto offset = offsetOfType(static_cast<unsigned char>(data[indices + static_cast<size_t>(i)]));
      if (!offset) return false;
      tz.transitions_.push_back(readBigEndian(data, pos + static_cast<size_t>(i * timeBytes), timeBytes));
      tz.offsets_.push_back(*offset);
    }
    return std::is_sorted(tz.transitions_.begin(), tz.transitions_.end());
  }
};

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

std::optional<TimeZone> TimeZone::load(const std::string& zone, const std::string& zoneinfoDir) {
  if (!isPlausibleZoneName(zone)) return std::nullopt;
  auto data = readSmallFile(zoneinfoDir + "/" + zone);
  if (!data) return std::nullopt;
  auto h1 = readHeader(*data, 0);
  if (!h1) return std::nullopt;
  TimeZone tz;
  tz.name_ = zone;
  bool ok;
  if ((*data)[4] == '\0') {
    ok = TzifReader::readBlock(*data, 44, *h1, 4, tz);
  } else {
    size_t second = 44 + blockSize(*h1, 4);
    auto h2 = readHeader(*data, second);
    ok = h2 && TzifReader::readBlock(*data, second + 44, *h2, 8, tz);
  }
  if (!ok) return std::nullopt;
  return tz;
}

int TimeZone::offsetMinutes(int64_t utc) const {
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc);
  if (it == transitions_.begin()) return initialOffset_;
  return offsets_[static_cast<size_t>(it - transitions_.begin() - 1)];
}

}  // namespace itinera
