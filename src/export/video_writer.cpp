// VideoWriter: the queue, the encoding thread and the temporary file's life.
#include "export/video_writer.h"

#include "export/frame_encoder.h"
#include "export/frame_queue.h"
#include "export/temporary_output.h"

namespace itinera {

namespace {

// Two waiting frames let rendering and encoding overlap without holding much memory
// (a 1920x1080 frame is 8 MB).
constexpr size_t kQueuedFrames = 2;

}  // namespace

Result<std::unique_ptr<VideoWriter>> VideoWriter::open(const std::string& path, int width, int height, int fps) {
  auto format = videoFormatForPath(path);
  if (!format) return Error{format.error()};
  return open(path, width, height, fps, format.value());
}

Result<std::unique_ptr<VideoWriter>> VideoWriter::open(const std::string& path, int width, int height, int fps,
                                                       VideoFormat format) {
  std::string invalid = checkVideoSettings(format, width, height, fps);
  if (!invalid.empty()) return Error{invalid};
  auto output = std::make_unique<TemporaryOutput>(path);
  auto encoder = FrameEncoder::open(output->temporaryPath(), path, EncoderSettings{format, width, height, fps});
  if (!encoder) return Error{encoder.error()};  // `output` removes any partial temporary
  return std::unique_ptr<VideoWriter>(new VideoWriter(std::move(output), std::move(encoder.value()), width, height));
}

VideoWriter::VideoWriter(std::unique_ptr<TemporaryOutput> output, std::unique_ptr<FrameEncoder> encoder, int width,
                         int height)
    : output_(std::move(output)), encoder_(std::move(encoder)), queue_(std::make_unique<FrameQueue>(kQueuedFrames)),
      width_(width), height_(height) {
  thread_ = std::thread([this] { encodeLoop(); });
}

VideoWriter::~VideoWriter() {
  if (!closed_) cancel();
}

const std::string& VideoWriter::path() const { return output_->target(); }

std::string VideoWriter::addFrame(const uint8_t* rgba, ptrdiff_t stride) {
  if (closed_) return path() + ": video already finished or cancelled";
  std::string error = firstError();
  if (!error.empty()) return error;
  if (!rgba) return path() + ": frame " + std::to_string(framesAdded_) + " has no pixels";
  size_t rowBytes = static_cast<size_t>(width_) * 4;
  if (static_cast<size_t>(stride < 0 ? -stride : stride) < rowBytes)
    return path() + ": frame " + std::to_string(framesAdded_) + " stride " + std::to_string(stride) +
           " is shorter than a row of " + std::to_string(rowBytes) + " bytes";
  if (!queue_->push(rgba, stride, rowBytes, height_)) return firstError();
  ++framesAdded_;
  return {};
}

std::string VideoWriter::repeatFrame() {
  if (closed_) return path() + ": video already finished or cancelled";
  std::string error = firstError();
  if (!error.empty()) return error;
  if (framesAdded_ == 0) return path() + ": frame 0 cannot repeat a frame before it";
  if (!queue_->pushRepeat()) return firstError();
  ++framesAdded_;
  return {};
}

std::string VideoWriter::finish() {
  if (closed_) return path() + ": video already finished or cancelled";
  stop(false);
  std::string error = firstError();
  if (error.empty() && framesAdded_ == 0) error = path() + ": no frames to write";
  if (error.empty()) error = encoder_->finish();
  encoder_.reset();  // closes the file before it is renamed or removed
  if (!error.empty()) {
    output_->discard();
    return error;
  }
  return output_->commit();
}

void VideoWriter::cancel() {
  if (closed_) return;
  stop(true);
  encoder_.reset();
  output_->discard();
}

void VideoWriter::stop(bool drop) {
  closed_ = true;
  queue_->close(drop);
  if (thread_.joinable()) thread_.join();
}

void VideoWriter::encodeLoop() {
  std::vector<uint8_t> last;  // the frame a repeat stands for
  while (auto frame = queue_->pop()) {
    bool repeat = frame->empty();
    std::string error = repeat ? encoder_->encodeRepeat(last.data()) : encoder_->encode(frame->data());
    if (!repeat) std::swap(last, *frame);
    queue_->recycle(std::move(*frame));
    if (!error.empty()) {
      {
        std::lock_guard lock(errorMutex_);
        error_ = error;
      }
      queue_->close(true);  // wakes a caller blocked in addFrame
      return;
    }
  }
}

std::string VideoWriter::firstError() {
  std::lock_guard lock(errorMutex_);
  return error_;
}

}  // namespace itinera
