// Reading input files that must be regular files: stat before open, open without blocking,
// and check again on the open descriptor (the path may have been replaced in between).
#include "core/io/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace itinera {
namespace {

constexpr long kProcMagic = 0x9fa0, kSysfsMagic = 0x62656572;  // linux/magic.h

std::string kindProblem(const struct stat& st) {
  if (S_ISREG(st.st_mode)) return "";
  const char* kind = S_ISFIFO(st.st_mode)  ? "a FIFO"
                     : S_ISCHR(st.st_mode) ? "a character device"
                     : S_ISBLK(st.st_mode) ? "a block device"
                     : S_ISDIR(st.st_mode) ? "a directory"
                     : S_ISSOCK(st.st_mode) ? "a socket"
                                            : "not a file";
  return std::string("not a regular file (") + kind + ")";
}

// /proc and /sys files claim to be regular but have no size and are generated as they are read.
std::string fileSystemProblem(const struct statfs& fs) {
  if (fs.f_type == kProcMagic || fs.f_type == kSysfsMagic) return "not a regular file (a /proc or /sys file)";
  return "";
}

std::string errnoProblem(int error) { return std::string("cannot read the file: ") + std::strerror(error); }

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

std::string regularFileProblem(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return errnoProblem(errno);
  if (std::string kind = kindProblem(st); !kind.empty()) return kind;
  struct statfs fs {};
  if (::statfs(path.c_str(), &fs) == 0) return fileSystemProblem(fs);
  return "";
}

Result<std::string> readRegularFile(const std::string& path, size_t maxBytes) {
  if (std::string problem = regularFileProblem(path); !problem.empty()) return Error{problem};
  // O_NONBLOCK: should a FIFO have replaced the file since the stat, open must not wait for a writer.
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return Error{errnoProblem(errno)};
  struct stat st {};
  struct statfs fs {};
  if (::fstat(fd.get(), &st) != 0 || ::fstatfs(fd.get(), &fs) != 0) return Error{errnoProblem(errno)};
  if (std::string problem = kindProblem(st) + fileSystemProblem(fs); !problem.empty()) return Error{problem};
  size_t size = static_cast<size_t>(st.st_size);
  if (size > maxBytes)
    return Error{"file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(maxBytes)};
  std::string data(size, '\0');
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd.get(), data.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Error{errnoProblem(errno)};
    if (n == 0) break;  // the file shrank while being read: take what is there
    done += static_cast<size_t>(n);
  }
  data.resize(done);
  return data;
}

}  // namespace itinera
