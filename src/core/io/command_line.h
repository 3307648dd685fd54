// Command-line parsing for every verb: which options each takes, and checked values.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/io/result.h"

namespace itinera {

struct CommandLine {
  std::string verb;  // empty for the interactive app
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--view" -> "canal"
  std::set<std::string> flags;                 // "--json"

  bool has(const std::string& option) const { return options.count(option) || flags.count(option); }
  std::string get(const std::string& option, const std::string& fallback = "") const;
};

// Parses argv; unknown verbs or options, missing values and surplus arguments are errors.
Result<CommandLine> parseCommandLine(const std::vector<std::string>& args);

// "1920x1080" -> viewport; rejects zero, negative, absurd (over 16384) and malformed sizes.
Result<Viewport> parseSize(const std::string& text);

std::string usageText();

}  // namespace itinera
