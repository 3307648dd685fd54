// Writes a video file (MP4 or GIF) from RGBA frames, encoding on its own thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/io/result.h"
#include "export/video_format.h"

namespace itinera {

class FrameEncoder;
class FrameQueue;
class TemporaryOutput;

// The file appears at its path only when finish() succeeds; until then it is written under a
// temporary name beside it, removed on any error, on cancel() and when the writer is destroyed
// unfinished. addFrame() copies the frame into a small bounded queue and returns while the
// encoding thread works, so the caller can render the next frame; it blocks when the queue is
// full. Errors come back as messages naming the file; after one, every call returns it.
class VideoWriter {
 public:
  // The format follows the extension of `path` (.mp4 or .gif).
  static Result<std::unique_ptr<VideoWriter>> open(const std::string& path, int width, int height, int fps);
  static Result<std::unique_ptr<VideoWriter>> open(const std::string& path, int width, int height, int fps,
                                                   VideoFormat format);
  ~VideoWriter();
  VideoWriter(const VideoWriter&) = delete;
  VideoWriter& operator=(const VideoWriter&) = delete;

  // `rgba`: height rows of width*4 bytes, `stride` bytes apart from the top row; a negative stride
  // with a pointer to the last row reads bottom-up rows (as glReadPixels returns them).
  // Alpha is ignored. Returns an error message, or "".
  std::string addFrame(const uint8_t* rgba, ptrdiff_t stride);
  // The frame added last, once more (a card held still): nothing is copied, and H.264 does not
  // convert it again. Returns an error message, or "".
  std::string repeatFrame();
  // Encodes what is queued, closes the file and moves it into place. Returns an error, or "".
  std::string finish();
  // Stops encoding and removes the temporary; nothing is left at the path.
  void cancel();

  const std::string& path() const;
  int64_t framesAdded() const { return framesAdded_; }

 private:
  VideoWriter(std::unique_ptr<TemporaryOutput> output, std::unique_ptr<FrameEncoder> encoder, int width, int height);
  void encodeLoop();
  std::string firstError();
  void stop(bool drop);

  std::unique_ptr<TemporaryOutput> output_;
  std::unique_ptr<FrameEncoder> encoder_;
  std::unique_ptr<FrameQueue> queue_;
  int width_;
  int height_;
  int64_t framesAdded_ = 0;
  bool closed_ = false;
  std::mutex errorMutex_;
  std::string error_;
  std::thread thread_;
};

}  // namespace itinera
