// `itinera locate`: the pixel where a lon/lat point is drawn in a rendered view, or where the
// GUI draws a trip place's marker.
#include <charconv>
#include <cmath>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/story/briefing.h"
#include "core/layout/picking.h"
#include "core/layout/screen_layout.h"

namespace itinera {
namespace {

bool parseNumber(const std::string& s, double& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

// The GUI frames a chosen view inside what its panels leave of the window (UI scale 1).
int locatePlace(const CommandLine& cl, const NamedView& view, Viewport size, const Projection& projection) {
  std::string path = cl.positional.empty() ? defaultTripPath(dataDirectory()) : cl.positional[0];
  auto briefing = Briefing::load(path, {});
  if (!briefing) return fail(briefing.error(), kExitFailure);
  const Trip& trip = briefing.value()->trip();
  std::string id = cl.get("--place");
  auto where = placeMarkerLocation(trip, id);
  if (!where) return fail("no place '" + id + "' in " + path, kExitUsage);
  Camera camera = cameraFraming(projectedBox(view, projection), size, screenLayout(size, 1, false, true).mapArea);
  ScreenPoint s = camera.toScreen(projection.toMap(*where));
  std::cout << std::lround(s.x) << " " << std::lround(s.y) << "\n";
  return kExitOk;
}

}  // namespace

int runLocate(const CommandLine& cl) {
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  bool byPlace = cl.has("--place");
  LonLat point;
  if (!byPlace && (cl.positional.size() != 2 || !parseNumber(cl.positional[0], point.lon) ||
                   !parseNumber(cl.positional[1], point.lat)))
    return fail("locate needs a longitude and a latitude in degrees (e.g. itinera locate -79.53 8.97) "
                "or --place PLACE_ID", kExitUsage);
  if (!byPlace && (std::abs(point.lon) > 180 || std::abs(point.lat) > 90))
    return fail("longitude must be within ±180 and latitude within ±90 degrees", kExitUsage);
  auto projection = Projection::create(cl.get("--crs", kDefaultCrs));
  if (!projection) return fail(projection.error(), kExitFailure);
  if (byPlace) return locatePlace(cl, view.value(), size.value(), projection.value());
  Camera camera = cameraForView(view.value(), projection.value(), size.value());
  ScreenPoint s = camera.toScreen(projection->toMap(point));
  std::cout << std::lround(s.x) << " " << std::lround(s.y) << "\n";
  return kExitOk;
}

}  // namespace itinera
