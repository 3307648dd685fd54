// Writes RGBA pixels as a PNG, atomically (see atomic_file.h: nothing half-written survives).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace itinera {

// `rgba` holds height rows of width*4 bytes, top row first. Returns an error message, or "".
std::string writePngAtomically(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba);

}  // namespace itinera
