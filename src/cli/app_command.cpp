// The interactive app's options, checked as the verbs' are, before any window opens.
#include <charconv>
#include <filesystem>
#include <optional>

#include "app/map_app.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/io/data_directory.h"
#include "core/story/trip_state.h"

namespace itinera {
namespace {

// --at against the trip's own clock. A trip with problems is shown with its problems, at no
// particular time, so --at is checked only when the trip loads.
Result<bool> checkAt(const AppOptions& options) {
  if (!options.at) return true;
  TripLoadResult loaded = loadTrip(options.tripPath, options.tripLoad);
  if (!loaded.ok()) return true;
  std::string error;
  if (!parseTripTime(*loaded.trip, *loaded.clock, *options.at, &error)) return Error{"--at: " + error};
  return true;
}

// --state-file: a file name in an existing directory (the file is replaced atomically).
Result<bool> stateFileOption(const CommandLine& cl) {
  if (!cl.has("--state-file")) return true;
  std::filesystem::path path = cl.get("--state-file");
  if (path.empty() || path.filename().empty()) return Error{"--state-file: '" + path.string() + "' is not a file name"};
  std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Error{"--state-file: '" + path.string() + "': no directory '" + dir.string() + "'"};
  return true;
}

// --presenter-display: a display index, 0 or more; whether the display exists is known only once
// SDL has started.
Result<std::optional<int>> presenterDisplayOption(const CommandLine& cl) {
  if (!cl.has("--presenter-display")) return std::optional<int>();
  std::string text = cl.get("--presenter-display");
  int n = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 0 || n > 63)
    return Error{"--presenter-display: '" + text + "' is not a display number (0, 1, ...)"};
  return std::optional<int>(n);
}

}  // namespace

int runAppVerb(const CommandLine& cl, const AppLauncher& launchApp) {
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1600, 900});
  if (!size) return fail(size.error(), kExitUsage);
  auto crs = crsChoiceOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  auto sources = sourceDirectories(cl);
  if (!sources) return fail(sources.error(), kExitUsage);
  if (auto state = stateFileOption(cl); !state) return fail(state.error(), kExitUsage);
  auto presenterDisplay = presenterDisplayOption(cl);
  if (!presenterDisplay) return fail(presenterDisplay.error(), kExitUsage);
  auto uiScale = uiScaleOption(cl);
  if (!uiScale) return fail(uiScale.error(), kExitUsage);
  auto zone = parseReferenceZone(cl.has("--zone") ? cl.get("--zone") : "home");
  if (!zone) return fail("--zone: expected home or local, got \"" + cl.get("--zone") + "\"", kExitUsage);
  if (auto data = findDataDirectory(); !data) return fail(data.error(), kExitFailure);
  auto trip = tripPathOption(cl);
  if (!trip) return fail(trip.error(), kExitFailure);
  AppOptions options;
  options.view = view.value();
  options.viewChosen = cl.has("--view");
  options.size = size.value();
  options.crs = crs->definition;
  options.views = optionViews(cl, options.crs);
  options.stateFile = cl.get("--state-file");
  options.tripPath = trip.value();
  if (cl.has("--at")) options.at = cl.get("--at");
  options.sourceDirs = sources.value();
  options.presenterDisplay = presenterDisplay.value();
  options.uiScale = uiScale.value();
  options.edit = cl.has("--edit");
  options.referenceZone = *zone;
  options.tripLoad = tripLoadOptions(options.crs);
  if (auto at = checkAt(options); !at) return fail(at.error(), kExitUsage);
  return launchApp(options);
}

}  // namespace itinera
