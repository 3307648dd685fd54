// Checking the export options: numbers, times within the trip, the output's folder.
#include "cli/export_options.h"

#include <charconv>
#include <cmath>

#include "core/story/trip_state.h"

namespace itinera {
namespace {

Result<double> number(const CommandLine& cl, const std::string& option, const std::string& expected) {
  const std::string& text = cl.get(option);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return Error{option + " " + text + ": expected " + expected};
  return value;
}

// The first presentation second at which the clock is at or past `t` (`after`: past it).
double firstSecondAt(const StoryPacing& pacing, int64_t t, bool after) {
  double lo = 0, hi = pacing.length();
  auto reached = [&](double s) { return after ? pacing.at(s).time > t : pacing.at(s).time >= t; };
  if (!reached(hi)) return hi;
  for (int i = 0; i < 60; ++i) {
    double mid = (lo + hi) / 2;
    (reached(mid) ? hi : lo) = mid;
  }
  return hi;
}

}  // namespace

Result<int> fpsOption(const CommandLine& cl, int fallback) {
  if (!cl.has("--fps")) return fallback;
  auto value = number(cl, "--fps", "a whole number of frames per second, e.g. 30");
  if (!value) return Error{value.error()};
  if (value.value() != std::floor(value.value()) || std::abs(value.value()) > 1e6)
    return Error{"--fps " + cl.get("--fps") + ": expected a whole number of frames per second, e.g. 30"};
  return int(value.value());
}

Result<std::optional<double>> secondsOption(const CommandLine& cl) {
  if (!cl.has("--seconds")) return std::optional<double>{};
  auto value = number(cl, "--seconds", "a length in seconds, e.g. 90");
  if (!value) return Error{value.error()};
  if (value.value() <= 0 || value.value() > kMaxVideoSeconds)
    return Error{"--seconds " + cl.get("--seconds") + ": the length must be above 0 and at most " +
                 std::to_string(int(kMaxVideoSeconds)) + " seconds"};
  return std::optional<double>{value.value()};
}

Result<PresentationSpan> presentationSpan(const CommandLine& cl, const Trip& trip, const TripClock& clock,
                                          const StoryPacing& pacing) {
  PresentationSpan span{0, pacing.length(), true};
  int64_t from = trip.periodStart.utc, to = trip.periodEnd.utc;
  for (const char* option : {"--from", "--to"}) {
    if (!cl.has(option)) continue;
    std::string error;
    auto t = parseTripTime(trip, clock, cl.get(option), &error);
    if (!t) return Error{std::string(option) + " " + cl.get(option) + ": " + error};
    (std::string(option) == "--from" ? from : to) = *t;
    span.whole = false;
  }
  if (span.whole) return span;
  if (from > to) return Error{"--from " + cl.get("--from") + " is after --to " + cl.get("--to")};
  span.from = firstSecondAt(pacing, from, false);
  span.to = firstSecondAt(pacing, to, true);
  if (span.to - span.from < 0.01)
    return Error{"--from " + cl.get("--from", "(trip start)") + " --to " + cl.get("--to", "(trip end)") +
                 ": the story shows nothing between them"};
  return span;
}

}  // namespace itinera
