// A file written in place of its target under a temporary name, renamed into place only on commit.
#pragma once

#include <string>

namespace itinera {

// Streamed writers (a muxer that seeks back, or reopens the file by name to move its index) need a
// named temporary they can reopen; the destructor removes it unless commit() succeeded.
class TemporaryOutput {
 public:
  explicit TemporaryOutput(std::string target);
  ~TemporaryOutput();
  TemporaryOutput(const TemporaryOutput&) = delete;
  TemporaryOutput& operator=(const TemporaryOutput&) = delete;

  const std::string& target() const { return target_; }
  const std::string& temporaryPath() const { return temp_; }
  // Renames the temporary onto the target; returns an error naming the target, or "".
  std::string commit();
  // Removes the temporary (safe to call more than once).
  void discard();

 private:
  std::string target_;
  std::string temp_;
  bool done_ = false;
};

}  // namespace itinera
