// Measures VideoWriter's encoding speed: frames per second and the ratio to real time.
// Usage: itinera_export_bench OUTPUT.mp4|.gif [WIDTH HEIGHT FPS FRAMES [BACKGROUND.png]]
// With a background image (e.g. docs/images/briefing.png) the frames pan across it like a map;
// without, they are moving colour bars.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "export/video_writer.h"
#include "synthetic_frames.h"
#include "video_probe.h"

namespace {

using namespace itinera;

// CPU time of the whole process (all threads, x264's included): on a shared machine wall time
// says how busy the others are, CPU time what the encoding costs.
double processCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

// Frame `i`: the background shifted left by 4*i pixels (wrapping), as when the map pans.
std::vector<uint8_t> pannedFrame(const std::vector<uint8_t>& rgb, int bgWidth, int bgHeight, int width, int height,
                                 int i) {
  std::vector<uint8_t> rgba(static_cast<size_t>(width) * height * 4, 255);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const uint8_t* p = &rgb[(static_cast<size_t>(y % bgHeight) * bgWidth + (x + 4 * i) % bgWidth) * 3];
      uint8_t* q = &rgba[(static_cast<size_t>(y) * width + x) * 4];
      q[0] = p[0], q[1] = p[1], q[2] = p[2];
    }
  return rgba;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc < 6) {
    std::fprintf(stderr, "usage: %s OUTPUT.mp4|.gif [WIDTH HEIGHT FPS FRAMES [BACKGROUND.png]]\n", argv[0]);
    return 2;
  }
  std::string path = argv[1];
  int width = argc > 2 ? std::atoi(argv[2]) : 1920, height = argc > 3 ? std::atoi(argv[3]) : 1080;
  int fps = argc > 4 ? std::atoi(argv[4]) : 30, count = argc > 5 ? std::atoi(argv[5]) : 300;
  testing::ProbedVideo background;
  if (argc > 6) background = testing::probeVideo(argv[6], 0);
  if (argc > 6 && background.frameRgb.empty()) {
    std::fprintf(stderr, "%s: cannot read the background image\n", argv[6]);
    return 1;
  }

  // Frames are made up front so only the writer is timed.
  std::vector<std::vector<uint8_t>> frames;
  for (int i = 0; i < count && i < 60; ++i)
    frames.push_back(argc > 6 ? pannedFrame(background.frameRgb, background.width, background.height, width, height, i)
                              : testing::colourBarsFrame(width, height, i));
  auto start = std::chrono::steady_clock::now();
  double cpuStart = processCpuSeconds();
  auto writer = VideoWriter::open(path, width, height, fps);
  if (!writer) {
    std::fprintf(stderr, "%s\n", writer.error().c_str());
    return 1;
  }
  for (int i = 0; i < count; ++i) {
    // Past 60 distinct frames, keep panning by reusing them in reverse so motion never stops.
    int cycle = i % 120, index = cycle < 60 ? cycle : 119 - cycle;
    std::string error = writer.value()->addFrame(frames[index % frames.size()].data(), width * 4);
    if (!error.empty()) return std::fprintf(stderr, "%s\n", error.c_str()), 1;
  }
  std::string error = writer.value()->finish();
  if (!error.empty()) return std::fprintf(stderr, "%s\n", error.c_str()), 1;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpuSeconds = processCpuSeconds() - cpuStart;

  auto check = testing::probeVideo(path, 30);
  double psnr = check.frameRgb.empty() ? 0
                                       : testing::psnrRgb(frames[30 % frames.size()], 4, check.frameRgb, 3, width, height);
  std::printf("%s %dx%d %d fps, %d frames in %.2f s: %.1f frames/s, %.2fx real time; CPU %.1f ms/frame; "
              "%.0f KB; frame 30 PSNR %.1f dB\n",
              path.c_str(), width, height, fps, count, seconds, count / seconds, count / seconds / fps,
              cpuSeconds * 1000 / count, std::filesystem::file_size(path) / 1024.0, psnr);
  return 0;
}
