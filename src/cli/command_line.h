// The command line of every verb, parsed by CLI11: which options each takes, and the usage text.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/camera/camera.h"
#include "core/io/result.h"

namespace itinera {

// The verbs; the interactive app is the empty verb.
const std::vector<std::string>& verbNames();

struct CommandLine {
  std::string verb;  // empty for the interactive app; "help" and "version" print `text`
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--view" -> "canal"
  std::set<std::string> flags;                 // "--json"
  std::string text;                            // the help or version text to print

  bool has(const std::string& option) const { return options.count(option) || flags.count(option); }
  std::string get(const std::string& option, const std::string& fallback = "") const;
};

// Parses argv (without the program name). Unknown verbs or options, options of another verb,
// missing values and surplus arguments are errors, each naming the argument at fault.
// A negative number (a longitude) is a value, not an option.
Result<CommandLine> parseCommandLine(const std::vector<std::string>& args);

// The verb closest in spelling to `word` ("valdiate" -> "validate"), or empty if none is close.
std::string nearestVerb(const std::string& word);

// "1920x1080" -> viewport; rejects zero, negative, absurd (over 16384) and malformed sizes.
Result<Viewport> parseSize(const std::string& text);

// The synopsis of every verb, as `itinera --help` prints it.
std::string usageText();

}  // namespace itinera
