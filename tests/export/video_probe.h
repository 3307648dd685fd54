// Reads a video file back with libavformat and libavcodec's decoders, independently of the writer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace itinera::testing {

struct ProbedVideo {
  std::string error;  // empty when the file was read
  std::string format;
  std::string codec;
  int width = 0;
  int height = 0;
  double frameRate = 0;    // the stream's average frame rate
  int64_t frames = 0;      // frames decoded
  double durationSeconds = 0;
  std::vector<uint8_t> frameRgb;  // the decoded frame asked for, as packed RGB
};

// Decodes every frame of the first video stream; keeps frame `keep` (0-based) as RGB.
ProbedVideo probeVideo(const std::string& path, int64_t keep = -1);

}  // namespace itinera::testing
