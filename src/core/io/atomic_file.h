// Atomic file replacement: write beside the target, then rename over it.
#pragma once

#include <string>

namespace itinera {

// A unique temporary name in the target's directory (same file system, so rename is atomic).
std::string temporaryPathFor(const std::string& target);
// Renames `temp` to `target`; returns an error message naming the file, or "".
std::string commitTemporary(const std::string& temp, const std::string& target);
// Writes `contents` to `path` atomically; returns an error message, or "".
std::string writeFileAtomically(const std::string& path, const std::string& contents);

}  // namespace itinera
