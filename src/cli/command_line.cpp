// The verbs, their options, and the usage text built from them, declared once for CLI11.
#include "cli/command_line.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace itinera {
namespace {

struct OptionSpec {
  std::string name;  // "--view", "-o"
  std::string value;  // what the value is, as help shows it ("NAME"); empty for a flag
  std::string description;
};

struct VerbSpec {
  std::string name;  // empty: the interactive app
  std::string positional;
  size_t maxPositional;
  std::vector<OptionSpec> options;
  std::string synopsis;
  std::string description;
};

OptionSpec valued(std::string name, std::string value, std::string description) {
  return {std::move(name), std::move(value), std::move(description)};
}
OptionSpec flag(std::string name, std::string description) { return {std::move(name), "", std::move(description)}; }

const OptionSpec kView = valued("--view", "NAME", "a view of the trip: its own, or the whole trip and one per cluster of places");
const OptionSpec kSize = valued("--size", "WxH", "WIDTHxHEIGHT in pixels, e.g. 1920x1080");
const OptionSpec kCrs = valued("--crs", "CRS", "the map's CRS, any PROJ knows (default: the trip's crs, else one chosen for it; validate names it)");
const OptionSpec kAt = valued("--at", "TIME", "ISO 8601 time, with an offset or in the trip's local time");
const OptionSpec kUiScale = valued("--ui-scale", "S", "text and panels S times their 96 dpi size, 0.75 to 3 (default: the display's)");
const OptionSpec kBasemap =
    valued("--basemap", "FILE", "draw this GeoPackage, Shapefile, FlatGeobuf or GeoJSON (docs/basemap.md)");
const OptionSpec kSources = valued("--sources", "DIR", "directory holding the cited source documents");
const OptionSpec kZone = valued("--zone", "home|local", "days of the slider, clock and agenda in the trip's home zone (default) or the local zone");

const std::vector<VerbSpec>& verbs() {
  static const std::vector<VerbSpec> specs = {
      {"", "TRIP", 1, {kView, kAt, kSize, kCrs, kBasemap, kSources, valued("--state-file", "PATH", "JSON file rewritten as the view changes"),
                       valued("--presenter-display", "N", "present, with the presenter view on display N (0 is the first)"),
                       kUiScale, flag("--edit", "open the Edit panel (Ctrl+E): change the trip and save it"), kZone},
       "itinera [TRIP] [--view NAME] [--at TIME] [--size WxH] [--crs CRS] [--basemap FILE] [--sources DIR] [--state-file PATH] [--presenter-display N] [--ui-scale S] [--edit] [--zone home|local]",
       "The interactive map of the trip."},
      {"render", "TRIP", 1,
       {kAt, kView, flag("--follow", "frame the story at --at instead of a view"),
        valued("--select", "PLACE", "place whose events are shown"), flag("--ui", "draw the slider, caption and panels"),
        flag("--presenter", "with --ui: the audience screen of presenter mode"),
        valued("--card", "N|ID", "with --presenter: the sequence card shown (0 is the title; default: the card at --at)"),
        flag("--blank", "with --presenter: the blanked (black) screen"),
        flag("--presenter-view", "the presenter's window: current and next card, notes, clocks (elapsed 00:00:00)"), kSize,
        kCrs, kBasemap, kSources, valued("-o", "FILE", "the PNG file to write"),
        valued("--ui-scale", "S", "with --ui: text and panels S times their 96 dpi size, 0.75 to 3 (default 1)"), kZone},
       "itinera render [TRIP] [--at TIME] [--view NAME | --follow] [--select PLACE] [--ui [--presenter [--card N|ID] [--blank]]] [--presenter-view [--card N|ID]] [--size WxH] [--basemap FILE] [--ui-scale S] [--zone home|local] -o out.png",
       "Draws a view, or a moment of the trip, to a PNG with no display."},
      {"locate", "LON LAT | TRIP", 2, {valued("--place", "PLACE", "a trip place's id"), kView, kSize, kCrs},
       "itinera locate LON LAT | --place PLACE [TRIP] [--view NAME] [--size WxH] [--crs CRS]",
       "Prints the pixel x y where a point, or a place's marker, is drawn."},
      {"validate", "FILE", 1, {kCrs}, "itinera validate [FILE] [--crs CRS]",
       "Checks a trip file: problems on stderr, a summary on stdout."},
      {"agenda", "FILE", 1, {flag("--json", "print JSON")}, "itinera agenda [FILE] [--json]",
       "Prints the trip's events in order."},
      {"state", "TRIP", 1,
       {kAt, flag("--json", "print JSON (required)"),
        kZone},
       "itinera state [TRIP] --at TIME [--zone home|local] --json",
       "Prints where each traveller is and which events are under way."},
      {"bench", "TRIP", 1, {kSize, valued("--frames", "N", "frames per sequence, 1 to 100000"), kCrs, kBasemap},
       "itinera bench [TRIP] [--size WxH] [--frames N] [--crs CRS] [--basemap FILE]", "Times the first frame and frames of a tour."},
      {"export", "video|slides|handout|ics|csv|gpkg|kml [TRIP]", 2,
       {valued("-o", "FILE", "video: FILE.mp4 or FILE.gif; slides: FILE.pdf or DIR/; handout: FILE.pdf; ics, csv, gpkg, kml: FILE.<kind> (kml also FILE.kmz)"),
        valued("--size", "WxH", "frame or slide size (video 1920x1080, GIF 640x360, slides 1920x1080)"),
        valued("--fps", "N", "video frames per second (30; GIF 12)"),
        valued("--seconds", "S", "video length (the whole trip: 90)"),
        valued("--from", "TIME", "video starts where the story reaches TIME"),
        valued("--to", "TIME", "video ends where the story passes TIME"),
        valued("--paper", "a4|letter", "handout paper size (a4)"), kCrs, kBasemap, kSources},
       "itinera export video [TRIP] -o FILE.mp4|FILE.gif [--size WxH] [--fps N] [--seconds S] [--from TIME] [--to TIME]\n"
       "  itinera export slides [TRIP] -o FILE.pdf|DIR/ [--size WxH]\n"
       "  itinera export handout [TRIP] -o FILE.pdf [--paper a4|letter]\n"
       "  itinera export ics|csv|gpkg|kml [TRIP] -o FILE.ics|FILE.csv|FILE.gpkg|FILE.kml|FILE.kmz",
       "Writes the story as a video (presenter mode at the story's pace), as slides, one per card, or as\n"
       "  a printed briefing book (handout);\n"
       "  or the trip as a calendar (ics), a spreadsheet (csv), a GeoPackage (gpkg) or KML (kml)."},
      {"import", "FILE", 1,
       {valued("-o", "TRIP", "the trip file to write (default: FILE with .geojson)"),
        valued("--title", "TEXT", "the trip's title (default: the file's name)"),
        valued("--time-zone", "ZONE", "IANA zone of the file's local times (required for a spreadsheet)"),
        valued("--near", "PLACE|LAT,LON", "resolve ambiguous place names near this place, point or country")},
       "itinera import FILE.csv|FILE.ics [-o TRIP.geojson] [--title TEXT] [--time-zone ZONE] [--near PLACE|LAT,LON]",
       "Builds a cited trip file from an itinerary spreadsheet or calendar (docs/import.md)."},
  };
  return specs;
}

// Declares one verb's options on `app`, each recorded into `cl` when given.
void declare(CLI::App& app, const VerbSpec& spec, CommandLine& cl) {
  for (const OptionSpec& o : spec.options) {
    if (o.value.empty())
      app.add_flag_callback(o.name, [&cl, name = o.name] { cl.flags.insert(name); }, o.description);
    else
      app.add_option_function<std::string>(o.name, [&cl, name = o.name](const std::string& v) { cl.options[name] = v; },
                                           o.description)
          ->type_name(o.value);
  }
  if (spec.maxPositional > 0)
    app.add_option(spec.positional, cl.positional,
                   spec.maxPositional == 1 && spec.name != "import" ? "default: the bundled trip" : "")
        ->expected(0, -1)  // surplus arguments are reported by name below
        ->type_name("");
}

// CLI11 lists unexpected arguments after a colon; the first one is named.
std::string firstUnexpected(const CLI::ExtrasError& e) {
  std::string what = e.what();
  auto colon = what.find(": ");
  std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
  return rest.substr(0, rest.find(' '));
}

std::string verbLabel(const std::string& verb) { return verb.empty() ? "the interactive app" : "'" + verb + "'"; }

// The interactive app's first argument is a trip file; anything else is a mistyped verb.
Result<bool> checkAppArguments(const CommandLine& cl) {
  if (cl.positional.empty()) return true;
  const std::string& first = cl.positional[0];
  std::error_code ec;
  if (!std::filesystem::is_regular_file(first, ec)) {
    std::string near = nearestVerb(first);
    if (near == first) return Error{"no trip file '" + first + "' (a verb comes first, before any '--')"};
    std::string list;
    for (auto& v : verbNames()) list += (list.empty() ? "" : ", ") + v;
    if (!near.empty()) return Error{"unknown verb '" + first + "': did you mean '" + near + "'?"};
    return Error{"'" + first + "' is neither a verb (" + list + ") nor a trip file"};
  }
  if (cl.positional.size() > 1) return Error{"unexpected argument '" + cl.positional[1] + "'"};
  return true;
}

// Edit distance counting a swap of neighbours as one edit (Damerau-Levenshtein, restricted).
size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

const std::vector<std::string>& verbNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (auto& v : verbs())
      if (!v.name.empty()) out.push_back(v.name);
    return out;
  }();
  return names;
}

std::string CommandLine::get(const std::string& option, const std::string& fallback) const {
  auto it = options.find(option);
  return it == options.end() ? fallback : it->second;
}

Result<CommandLine> parseCommandLine(const std::vector<std::string>& args) {
  CommandLine app, verb;  // what the app's options and the chosen verb's options record
  CLI::App cli{verbs()[0].description, "itinera"};
  cli.set_version_flag("--version", std::string("itinera ") + ITINERA_VERSION);
  declare(cli, verbs()[0], app);
  for (size_t i = 1; i < verbs().size(); ++i)
    declare(*cli.add_subcommand(verbs()[i].name, verbs()[i].synopsis + "\n" + verbs()[i].description), verbs()[i], verb);
  if (args == std::vector<std::string>{"help"}) return CommandLine{"help", {}, {}, {}, usageText()};
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
  auto chosen = [&]() -> std::string {
    auto subs = cli.get_subcommands();
    return subs.empty() ? "" : subs[0]->get_name();
  };
  try {
    cli.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    return CommandLine{"help", {}, {}, {}, chosen().empty() ? usageText() : cli.get_subcommands()[0]->help()};
  } catch (const CLI::CallForVersion& e) {
    return CommandLine{"version", {}, {}, {}, std::string(e.what()) + "\n"};
  } catch (const CLI::ExtrasError& e) {
    // A mistyped verb explains the options that follow it ("rendr -o a.png").
    if (chosen().empty() && !app.positional.empty() && args[0] == app.positional[0])
      if (auto ok = checkAppArguments(app); !ok) return Error{ok.error()};
    std::string arg = firstUnexpected(e);
    if (arg.size() > 1 && arg[0] == '-') return Error{"unknown option '" + arg + "' for " + verbLabel(chosen())};
    return Error{"unexpected argument '" + arg + "'"};
  } catch (const CLI::ParseError& e) {
    return Error{std::string(e.what())};
  }
  if (chosen().empty()) {
    if (auto ok = checkAppArguments(app); !ok) return Error{ok.error()};
    return app;
  }
  if (!app.options.empty() || !app.flags.empty())
    return Error{"option '" + (app.options.empty() ? *app.flags.begin() : app.options.begin()->first) +
                 "' must follow the verb '" + chosen() + "'"};
  verb.verb = chosen();
  const VerbSpec& spec = *std::find_if(verbs().begin(), verbs().end(), [&](auto& v) { return v.name == verb.verb; });
  if (verb.positional.size() > spec.maxPositional)
    return Error{"unexpected argument '" + verb.positional[spec.maxPositional] + "' for '" + verb.verb + "'"};
  return verb;
}

std::string nearestVerb(const std::string& word) {
  std::string best;
  size_t bestDistance = std::max<size_t>(2, word.size() / 3) + 1;  // closer than this counts
  for (auto& v : verbNames()) {
    size_t d = editDistance(word, v);
    if (d < bestDistance) best = v, bestDistance = d;
  }
  return best;
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
  for (auto& v : verbs()) out += "  " + v.synopsis + "\n";
  out += "  itinera --help | --version\n"
         "\n'itinera VERB --help' describes a verb's options.\n"
         "Views: the trip's own, else the whole trip and one per cluster of places. CRS: any PROJ knows\n"
         "(default: the trip's crs, else its UTM zone or a conformal projection centred on it).\n"
         "Exit codes: 0 success, 2 usage error, 1 any other failure.\n";
  return out;
}

}  // namespace itinera
