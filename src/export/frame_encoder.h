// Encodes packed RGBA frames into one video file with FFmpeg, synchronously (one frame per call).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/io/result.h"
#include "export/video_format.h"

namespace itinera {

struct EncoderSettings {
  VideoFormat format = VideoFormat::Mp4;
  int width = 0;
  int height = 0;
  int fps = 30;
};

// H.264 settings, chosen by measurement (docs/exports.md): at CRF 18 a map frame is within
// 0.3 dB of lossless 4:2:0; "ultrafast" costs about a third less CPU per 1080p frame than
// "veryfast" for a larger file, and encoding must leave the renderer most of two cores.
inline constexpr const char* kX264Preset = "ultrafast";
inline constexpr int kX264Crf = 18;

class FrameEncoder {
 public:
  // Writes to `file`; messages name `shownName` (the file the user asked for). Turns FFmpeg's
  // logging down to fatal errors only, for the whole process.
  static Result<std::unique_ptr<FrameEncoder>> open(const std::string& file, const std::string& shownName,
                                                   const EncoderSettings& settings);
  virtual ~FrameEncoder() = default;
  // `rgba` holds height rows of width*4 bytes. Returns an error naming the file, or "".
  virtual std::string encode(const uint8_t* rgba) = 0;
  // The frame `rgba`, the same as the one encoded last, once more: H.264 sends the picture it
  // already converted, with no conversion.
  virtual std::string encodeRepeat(const uint8_t* rgba) = 0;
  // Flushes the encoder, writes the index and closes the file. Returns an error, or "".
  virtual std::string finish() = 0;
  // Frames written to the file so far.
  virtual int64_t framesWritten() const = 0;
};

}  // namespace itinera
