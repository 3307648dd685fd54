// A small bounded queue of RGBA frames between the renderer and the encoding thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace itinera {

// push() blocks while `capacity` frames wait (backpressure: memory stays at most capacity + 2
// frames); buffers are recycled so a long export allocates them only once.
class FrameQueue {
 public:
  explicit FrameQueue(size_t capacity) : capacity_(capacity) {}

  // Copies `height` rows of `rowBytes` from `rgba` (rows `stride` bytes apart). Returns false
  // once the queue is closed (the consumer stopped).
  bool push(const uint8_t* rgba, ptrdiff_t stride, size_t rowBytes, size_t height);
  // Queues the frame before once more, with nothing copied: it comes out of pop() empty.
  bool pushRepeat();
  // The next frame, or nothing once the queue is closed and drained.
  std::optional<std::vector<uint8_t>> pop();
  // Hands a consumed buffer back for reuse.
  void recycle(std::vector<uint8_t> buffer);
  // No more frames: wakes both sides; pending frames are still delivered unless `drop` is true.
  void close(bool drop);

 private:
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<uint8_t>> frames_;
  std::vector<std::vector<uint8_t>> spare_;
  bool closed_ = false;
};

}  // namespace itinera
