// The verbs, their options, and the usage text built from them.
#include "core/io/command_line.h"

#include <cctype>
#include <charconv>

namespace itinera {
namespace {

struct VerbSpec {
  std::string name;
  std::set<std::string> valued;
  std::set<std::string> flags;
  size_t maxPositional;
  std::string usage;
};

const std::vector<VerbSpec>& verbs() {
  static const std::vector<VerbSpec> specs = {
      {"", {"--view", "--at", "--size", "--state-file", "--crs", "--sources"}, {}, 1,
       "itinera [TRIP] [--view NAME] [--at TIME] [--size WxH] [--crs CRS] [--sources DIR] [--state-file PATH]"},
      {"render", {"--view", "--size", "--crs", "-o", "--at", "--select", "--sources"}, {"--ui", "--follow"}, 1,
       "itinera render [TRIP] [--at TIME] [--view NAME | --follow] [--select PLACE] [--ui] [--size WxH] -o out.png"},
      {"locate", {"--view", "--size", "--crs", "--place"}, {}, 2,
       "itinera locate LON LAT | --place PLACE_ID [TRIP] [--view NAME] [--size WxH] [--crs CRS]"},
      {"bench", {"--size", "--frames", "--crs"}, {}, 0, "itinera bench [--size WxH] [--frames N]"},
      {"validate", {"--crs"}, {}, 1, "itinera validate [FILE]"},
      {"agenda", {}, {"--json"}, 1, "itinera agenda [FILE] [--json]"},
      {"state", {"--at"}, {"--json"}, 1, "itinera state [TRIP] --at TIME --json"},
      {"help", {}, {}, 0, "itinera --help"},
      {"version", {}, {}, 0, "itinera --version"},
  };
  return specs;
}

const VerbSpec* findVerb(const std::string& name) {
  for (auto& v : verbs())
    if (v.name == name) return &v;
  return nullptr;
}

// A negative number (a longitude) is a value, not an option.
bool looksLikeOption(const std::string& a) {
  return a.size() > 1 && a[0] == '-' && !(std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.');
}

}  // namespace

std::string CommandLine::get(const std::string& option, const std::string& fallback) const {
  auto it = options.find(option);
  return it == options.end() ? fallback : it->second;
}

Result<CommandLine> parseCommandLine(const std::vector<std::string>& args) {
  CommandLine cl;
  size_t i = 0;
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return CommandLine{"help", {}, {}, {}};
  if (!args.empty() && args[0] == "--version") return CommandLine{"version", {}, {}, {}};
  if (!args.empty() && !looksLikeOption(args[0]) && findVerb(args[0])) cl.verb = args[i++];
  const VerbSpec* spec = findVerb(cl.verb);
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") return CommandLine{"help", {}, {}, {}};
    if (!looksLikeOption(a)) {
      cl.positional.push_back(a);
      continue;
    }
    if (spec->flags.count(a)) {
      cl.flags.insert(a);
    } else if (spec->valued.count(a)) {
      if (i + 1 >= args.size()) return Error{"option " + a + " needs a value"};
      cl.options[a] = args[++i];
    } else {
      return Error{"unknown option '" + a + "'" + (cl.verb.empty() ? "" : " for '" + cl.verb + "'")};
    }
  }
  if (cl.positional.size() > spec->maxPositional)
    return Error{"unexpected argument '" + cl.positional[spec->maxPositional] + "'"};
  return cl;
}

Result<Viewport> parseSize(const std::string& text) {
  auto x = text.find('x');
  auto number = [](std::string_view s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
  };
  int w = 0, h = 0;
  if (x == std::string::npos || !number(std::string_view(text).substr(0, x), w) ||
      !number(std::string_view(text).substr(x + 1), h))
    return Error{"bad size '" + text + "': expected WIDTHxHEIGHT in pixels, e.g. 1920x1080"};
  if (w < 64 || h < 64 || w > 16384 || h > 16384)
    return Error{"bad size '" + text + "': width and height must be between 64 and 16384 pixels"};
  return Viewport{w, h};
}

std::string usageText() {
  std::string out = "Itinera: a trip as an animated map for briefings.\n\nUsage:\n";
  for (auto& v : verbs()) out += "  " + v.usage + "\n";
  out += "\nViews: overview, panama-city, canal, darien. CRS: any PROJ knows (default EPSG:32617).\n"
         "Exit codes: 0 success, 2 usage error, 1 any other failure.\n";
  return out;
}

}  // namespace itinera
