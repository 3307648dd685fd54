// Reading input files that must be regular files: a FIFO, a device, a directory or a /proc
// file is refused as "not a regular file", never read endlessly and never waited on.
#pragma once

#include <cstddef>
#include <string>

#include "core/io/result.h"

namespace itinera {

// "" when `path` is a regular file on an ordinary file system; otherwise why it cannot be read
// as one, e.g. "not a regular file (a FIFO)" or "cannot read the file: No such file or directory".
std::string regularFileProblem(const std::string& path);

// The bytes of the regular file `path`, read whole; files larger than `maxBytes` are refused
// before being read ("file is N bytes; the limit is M"). Errors do not repeat the path.
Result<std::string> readRegularFile(const std::string& path, size_t maxBytes);

}  // namespace itinera
