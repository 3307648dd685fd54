// The video formats an export can write, chosen from the output file's extension, and their limits.
#pragma once

#include <string>

#include "core/io/result.h"

namespace itinera {

enum class VideoFormat { Mp4, Gif };

// The format for `path` by its extension (.mp4 or .gif, any case); the error names the value.
Result<VideoFormat> videoFormatForPath(const std::string& path);

// "" when width x height at fps can be written as `format`, else a message naming the value.
std::string checkVideoSettings(VideoFormat format, int width, int height, int fps);

const char* videoFormatName(VideoFormat format);

}  // namespace itinera
