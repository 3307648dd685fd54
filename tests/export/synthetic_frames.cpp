// Deterministic test pictures and a PSNR measure to compare decoded frames with them.
#include "synthetic_frames.h"

#include <cmath>
#include <limits>

namespace itinera::testing {

namespace {

constexpr uint8_t kBars[8][3] = {{235, 235, 235}, {235, 235, 16}, {16, 235, 235}, {16, 235, 16},
                                 {235, 16, 235},  {235, 16, 16},  {16, 16, 235},  {40, 60, 90}};

}  // namespace

std::vector<uint8_t> colourBarsFrame(int width, int height, int index) {
  std::vector<uint8_t> rgba(static_cast<size_t>(width) * height * 4);
  int barWidth = width / 8 > 0 ? width / 8 : 1;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      uint8_t* p = &rgba[(static_cast<size_t>(y) * width + x) * 4];
      if (y < height / 2) {
        const uint8_t* c = kBars[((x + index * 8) / barWidth) % 8];
        p[0] = c[0], p[1] = c[1], p[2] = c[2];
      } else {
        uint8_t grey = static_cast<uint8_t>(255 * x / (width > 1 ? width - 1 : 1));
        p[0] = p[1] = p[2] = grey;
      }
      p[3] = 255;
    }
  }
  return rgba;
}

std::vector<uint8_t> noiseFrame(int width, int height, int index) {
  std::vector<uint8_t> rgba(static_cast<size_t>(width) * height * 4);
  uint32_t state = 2463534242u + static_cast<uint32_t>(index) * 7919u;
  for (auto& byte : rgba) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;  // xorshift32
    byte = static_cast<uint8_t>(state);
  }
  return rgba;
}

double psnrRgb(const std::vector<uint8_t>& a, int aChannels, const std::vector<uint8_t>& b, int bChannels,
               int width, int height) {
  double squared = 0;
  size_t pixels = static_cast<size_t>(width) * height;
  for (size_t i = 0; i < pixels; ++i)
    for (int c = 0; c < 3; ++c) {
      double d = double(a[i * aChannels + c]) - double(b[i * bChannels + c]);
      squared += d * d;
    }
  double mse = squared / (pixels * 3.0);
  if (mse == 0) return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(255.0 * 255.0 / mse);
}

}  // namespace itinera::testing
