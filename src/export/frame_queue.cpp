// Bounded producer/consumer hand-off of frames with buffer reuse.
#include "export/frame_queue.h"

#include <cstring>

namespace itinera {

bool FrameQueue::push(const uint8_t* rgba, ptrdiff_t stride, size_t rowBytes, size_t height) {
  std::vector<uint8_t> buffer;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || frames_.size() < capacity_; });
    if (closed_) return false;
    if (!spare_.empty()) {
      buffer = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  // Copy outside the lock so the encoder is never held up by the caller's copy.
  buffer.resize(rowBytes * height);
  for (size_t row = 0; row < height; ++row)
    std::memcpy(&buffer[row * rowBytes], rgba + static_cast<ptrdiff_t>(row) * stride, rowBytes);
  {
    std::lock_guard lock(mutex_);
    if (closed_) return false;
    frames_.push_back(std::move(buffer));
  }
  changed_.notify_all();
  return true;
}

bool FrameQueue::pushRepeat() {
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return closed_ || frames_.size() < capacity_; });
    if (closed_) return false;
    frames_.emplace_back();
  }
  changed_.notify_all();
  return true;
}

std::optional<std::vector<uint8_t>> FrameQueue::pop() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return closed_ || !frames_.empty(); });
  if (frames_.empty()) return std::nullopt;
  std::vector<uint8_t> frame = std::move(frames_.front());
  frames_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return frame;
}

void FrameQueue::recycle(std::vector<uint8_t> buffer) {
  if (buffer.empty()) return;  // a repeat's
  std::lock_guard lock(mutex_);
  if (spare_.size() < 2) spare_.push_back(std::move(buffer));
}

void FrameQueue::close(bool drop) {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    if (drop) frames_.clear();
  }
  changed_.notify_all();
}

}  // namespace itinera
