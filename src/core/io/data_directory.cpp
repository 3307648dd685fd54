// Finding the data directory at run time, so a build or an installed copy finds its own data.
#include "core/io/data_directory.h"

#include <cstdlib>
#include <filesystem>

namespace itinera {

std::string dataDirectoryAbove(const std::string& start) {
  std::error_code ec;
  for (std::filesystem::path dir = start; !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::is_regular_file(dir / kDataMarker, ec)) return dir.string();
    if (dir == dir.parent_path()) break;
  }
  return "";
}

Result<std::string> findDataDirectory() {
  if (const char* env = std::getenv("ITINERA_DATA_DIR"); env && *env) return std::string(env);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return Error{"cannot find the data directory: /proc/self/exe: " + ec.message() + "; set ITINERA_DATA_DIR"};
  std::string found = dataDirectoryAbove(exe.parent_path().string());
  if (found.empty())
    return Error{"cannot find the data directory: no " + std::string(kDataMarker) + " in " +
                 exe.parent_path().string() + " or above it; set ITINERA_DATA_DIR to the directory holding geodata/"};
  return found;
}

namespace {
std::string& basemapFileSetting() {
  static std::string path;
  return path;
}
}  // namespace

void setBasemapFile(const std::string& path) { basemapFileSetting() = path; }
const std::string& basemapFile() { return basemapFileSetting(); }

std::string dataDirectory() {
  static const std::string dir = [] {
    auto found = findDataDirectory();
    return found ? found.value() : std::string();
  }();
  return dir;
}

}  // namespace itinera
