// `itinera locate`: the pixel where a lon/lat point is drawn in a view.
#include <charconv>
#include <cmath>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"

namespace itinera {
namespace {

bool parseNumber(const std::string& s, double& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

}  // namespace

int runLocate(const CommandLine& cl) {
  LonLat point;
  if (cl.positional.size() != 2 || !parseNumber(cl.positional[0], point.lon) ||
      !parseNumber(cl.positional[1], point.lat))
    return fail("locate needs a longitude and a latitude in degrees, e.g. itinera locate -79.53 8.97", kExitUsage);
  if (std::abs(point.lon) > 180 || std::abs(point.lat) > 90)
    return fail("longitude must be within ±180 and latitude within ±90 degrees", kExitUsage);
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  auto projection = Projection::create(cl.get("--crs", kDefaultCrs));
  if (!projection) return fail(projection.error(), kExitFailure);
  Camera camera = cameraForView(view.value(), projection.value(), size.value());
  ScreenPoint s = camera.toScreen(projection->toMap(point));
  std::cout << std::lround(s.x) << " " << std::lround(s.y) << "\n";
  return kExitOk;
}

}  // namespace itinera
