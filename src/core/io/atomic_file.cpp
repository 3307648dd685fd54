// Temporary-then-rename writes, so a failure never leaves a half-written file.
#include "core/io/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace itinera {

std::string temporaryPathFor(const std::string& target) {
  static std::atomic<int> counter{0};
  return target + ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
}

std::string commitTemporary(const std::string& temp, const std::string& target) {
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    return target + ": cannot replace file (" + why + ")";
  }
  return {};
}

std::string writeFileAtomically(const std::string& path, const std::string& contents) {
  std::string temp = temporaryPathFor(path);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return path + ": cannot create " + temp + " (" + std::strerror(errno) + ")";
    out << contents;
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return path + ": write failed (" + std::strerror(errno) + ")";
    }
  }
  return commitTemporary(temp, path);
}

}  // namespace itinera
