// Temporary beside the target (same file system, so the final rename is atomic).
#include "export/temporary_output.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace itinera {

namespace {

// Keeps the extension last so tools that look at the name still see a video file.
std::string temporaryNameFor(const std::string& target) {
  static std::atomic<int> counter{0};
  std::filesystem::path path(target);
  std::string name = ".";
  name += path.stem().string();
  name += ".part-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  name += path.extension().string();
  return (path.parent_path() / name).string();
}

}  // namespace

TemporaryOutput::TemporaryOutput(std::string target)
    : target_(std::move(target)), temp_(temporaryNameFor(target_)) {}

TemporaryOutput::~TemporaryOutput() { discard(); }

std::string TemporaryOutput::commit() {
  if (done_) return target_ + ": output already closed";
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    discard();
    return target_ + ": cannot move the finished video into place (" + why + ")";
  }
  done_ = true;
  return {};
}

void TemporaryOutput::discard() {
  if (done_) return;
  std::remove(temp_.c_str());
  done_ = true;
}

}  // namespace itinera
