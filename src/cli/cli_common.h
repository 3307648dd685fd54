// Shared pieces of the command-line verbs: exit codes, data paths, options to values.
#pragma once

#include <string>

#include "core/io/command_line.h"
#include "core/camera/views.h"

namespace itinera {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Where geodata/ lives: $ITINERA_DATA_DIR, else the source tree the binary was built from.
std::string dataDirectory();

// Prints "itinera: message" on stderr and returns `code`.
int fail(const std::string& message, int code);

// --view (default `fallback`) as a named view, or a usage error listing the names.
Result<NamedView> viewOption(const CommandLine& cl, const std::string& fallback = "overview");
// --size (default `fallback`).
Result<Viewport> sizeOption(const CommandLine& cl, Viewport fallback);

// Where cited source documents are looked for: --sources, $ITINERA_SOURCES, then the
// directories beside the trip (added when the trip is loaded).
std::vector<std::string> sourceDirectories(const CommandLine& cl);

}  // namespace itinera
