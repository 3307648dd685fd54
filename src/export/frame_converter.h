// Turns packed RGBA frames into the pixel format an encoder takes (YUV for H.264, a palette for GIF).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/io/result.h"

struct AVFrame;

namespace itinera {

// Receives each converted frame; returns an error message, or "".
using ConvertedFrameSink = std::function<std::string(AVFrame*)>;

class FrameConverter {
 public:
  virtual ~FrameConverter() = default;
  // `rgba` holds height rows of width*4 bytes; the fourth byte is ignored (frames are opaque).
  // `pts` counts frames. Converted frames may come out later than they went in.
  virtual std::string convert(const uint8_t* rgba, int64_t pts, const ConvertedFrameSink& sink) = 0;
  // `rgba`, the same as the frame converted last, at `pts`: converted again unless the converter
  // still holds the result.
  virtual std::string repeat(const uint8_t* rgba, int64_t pts, const ConvertedFrameSink& sink) {
    return convert(rgba, pts, sink);
  }
  // Delivers any frames still held back.
  virtual std::string flush(const ConvertedFrameSink& sink) = 0;
};

// BT.709, limited range 4:2:0, as players expect from HD H.264.
Result<std::unique_ptr<FrameConverter>> makeYuv420Converter(int width, int height);
// 256 colours per frame chosen from that frame (FFmpeg's palettegen and paletteuse).
Result<std::unique_ptr<FrameConverter>> makePaletteConverter(int width, int height, int fps);

}  // namespace itinera
