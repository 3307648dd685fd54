// Option handling shared by the verbs.
#include "cli/cli_common.h"

#include <cstdlib>
#include <iostream>

namespace itinera {

std::string dataDirectory() {
  const char* env = std::getenv("ITINERA_DATA_DIR");
  return env && *env ? env : ITINERA_DATA_DIR;
}

int fail(const std::string& message, int code) {
  std::cerr << "itinera: " << message << "\n";
  if (code == kExitUsage) std::cerr << "Try 'itinera --help'.\n";
  return code;
}

Result<NamedView> viewOption(const CommandLine& cl, const std::string& fallback) {
  std::string name = cl.get("--view", fallback);
  auto view = findView(name);
  if (!view) return Error{"unknown view '" + name + "'; the views are: " + viewNamesList()};
  return *view;
}

Result<Viewport> sizeOption(const CommandLine& cl, Viewport fallback) {
  if (!cl.has("--size")) return fallback;
  return parseSize(cl.get("--size"));
}

std::vector<std::string> sourceDirectories(const CommandLine& cl) {
  std::vector<std::string> dirs;
  if (cl.has("--sources")) dirs.push_back(cl.get("--sources"));
  if (const char* env = std::getenv("ITINERA_SOURCES"); env && *env) dirs.push_back(env);
  return dirs;
}

}  // namespace itinera
