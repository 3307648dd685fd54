// Picks the video format from the file name and checks size and frame rate against its limits.
#include "export/video_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace itinera {

namespace {

constexpr int kMinFps = 1;
constexpr int kMaxFps = 120;
// Beyond 8K the encoders' levels and our memory budget per queued frame stop making sense.
constexpr int kMaxSide = 7680;

std::string lowercaseExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

Result<VideoFormat> videoFormatForPath(const std::string& path) {
  std::string ext = lowercaseExtension(path);
  if (ext == ".mp4") return VideoFormat::Mp4;
  if (ext == ".gif") return VideoFormat::Gif;
  return Error{"-o " + path + ": unknown video format '" + ext + "' (expected a file name ending in .mp4 or .gif)"};
}

std::string checkVideoSettings(VideoFormat format, int width, int height, int fps) {
  std::string size = std::to_string(width) + "x" + std::to_string(height);
  if (width < 2 || height < 2 || width > kMaxSide || height > kMaxSide)
    return "--size " + size + ": each side must be between 2 and " + std::to_string(kMaxSide) + " pixels";
  // yuv420p stores colour per 2x2 block: H.264 in that format needs even sides.
  if (format == VideoFormat::Mp4 && (width % 2 != 0 || height % 2 != 0))
    return "--size " + size + ": MP4 (H.264, yuv420p) needs an even width and height";
  if (fps < kMinFps || fps > kMaxFps)
    return "--fps " + std::to_string(fps) + ": frame rate must be between " + std::to_string(kMinFps) + " and " +
           std::to_string(kMaxFps);
  return {};
}

const char* videoFormatName(VideoFormat format) {
  return format == VideoFormat::Mp4 ? "MP4 (H.264)" : "GIF";
}

}  // namespace itinera
