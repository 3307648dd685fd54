// Atomic file replacement: O_TMPFILE, linked into place and renamed over the target; a named
// temporary where the file system has no O_TMPFILE, with stale ones of dead processes removed.
#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

namespace itinera {
namespace {

namespace fs = std::filesystem;

std::string directoryOf(const std::string& path) {
  std::string dir = fs::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

std::string temporaryPrefix(const std::string& target) { return fs::path(target).filename().string() + ".tmp-"; }

std::string temporaryPathFor(const std::string& target) {
  static std::atomic<int> counter{0};
  return target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

std::string errnoText() { return std::strerror(errno); }

// Removes our temporaries for `target` left by processes that died mid-write.
void removeStaleTemporaries(const std::string& target) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(directoryOf(target), ec)) {
    std::string name = entry.path().filename().string();
    if (isStaleTemporary(target, name)) fs::remove(entry.path(), ec);
  }
}

// Runs `write` on `fd` (which it takes over); "" or an error message.
std::string writeThrough(int fd, const std::function<std::string(std::FILE*)>& write) {
  std::FILE* out = ::fdopen(fd, "wb");
  if (!out) {
    std::string why = errnoText();
    ::close(fd);
    return why;
  }
  std::string error = write(out);
  if (std::fflush(out) != 0 && error.empty()) error = "write failed (" + errnoText() + ")";
  if (std::fclose(out) != 0 && error.empty()) error = "write failed (" + errnoText() + ")";
  return error;
}

std::string replaceWith(const std::string& temp, const std::string& path) {
  if (std::rename(temp.c_str(), path.c_str()) == 0) return "";
  std::string why = errnoText();
  std::remove(temp.c_str());
  return path + ": cannot replace file (" + why + ")";
}

// The unnamed way: nothing is visible in the directory until the data is complete. Returns
// nullopt when the file system does not support O_TMPFILE.
std::optional<std::string> writeUnnamed(const std::string& path, const std::function<std::string(std::FILE*)>& write) {
  int fd = ::open(directoryOf(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0) {
    if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) return std::nullopt;
    return path + ": cannot create the file (" + errnoText() + ")";
  }
  int linkable = ::dup(fd);  // the stream closes `fd`; linking needs it open
  std::string error = writeThrough(fd, write);
  if (!error.empty()) {
    ::close(linkable);
    return path + ": " + error;
  }
  // linkat cannot replace an existing file, so the complete file gets a temporary name first.
  std::string temp = temporaryPathFor(path);
  std::string self = "/proc/self/fd/" + std::to_string(linkable);
  int linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW);
  if (linked != 0) linked = ::linkat(linkable, "", AT_FDCWD, temp.c_str(), AT_EMPTY_PATH);  // no /proc
  std::string why = errnoText();
  ::close(linkable);
  if (linked != 0) return path + ": cannot name the new file (" + why + ")";
  return replaceWith(temp, path);
}

std::string writeNamed(const std::string& path, const std::function<std::string(std::FILE*)>& write) {
  removeStaleTemporaries(path);
  std::string temp = temporaryPathFor(path);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return path + ": cannot create " + temp + " (" + errnoText() + ")";
  std::string error = writeThrough(fd, write);
  if (!error.empty()) {
    std::remove(temp.c_str());
    return path + ": " + error;
  }
  return replaceWith(temp, path);
}

}  // namespace

bool isStaleTemporary(const std::string& target, const std::string& name) {
  std::string prefix = temporaryPrefix(target);
  if (name.rfind(prefix, 0) != 0) return false;
  std::string rest = name.substr(prefix.size());  // "<pid>-<n>"
  size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string::npos || rest.find_first_not_of("0123456789-") != std::string::npos) return false;
  pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
  return pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
}

std::string writeAtomically(const std::string& path, const std::function<std::string(std::FILE*)>& write,
                            TemporaryKind kind) {
  if (kind == TemporaryKind::Unnamed)
    if (std::optional<std::string> done = writeUnnamed(path, write)) return *done;
  return writeNamed(path, write);
}

std::string writeFileAtomically(const std::string& path, const std::string& contents) {
  return writeAtomically(path, [&](std::FILE* out) -> std::string {
    if (std::fwrite(contents.data(), 1, contents.size(), out) != contents.size())
      return "write failed (" + errnoText() + ")";
    return "";
  });
}

}  // namespace itinera
