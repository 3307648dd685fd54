// `itinera locate`: the pixel where a lon/lat point is drawn in a rendered view, or where the
// GUI draws a trip place's marker.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/geo/trip_area.h"
#include "core/story/briefing.h"
#include "core/story/story_legend.h"
#include "core/layout/picking.h"
#include "core/layout/screen_layout.h"

namespace itinera {
namespace {

bool parseNumber(const std::string& s, double& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

// Prints the pixel of `s`, or fails when the projection gave no finite point.
int printPixel(ScreenPoint s, const std::string& what) {
  if (!std::isfinite(s.x) || !std::isfinite(s.y) || std::abs(s.x) > 1e9 || std::abs(s.y) > 1e9)
    return fail(what + ": the projection gives no point on the map for it", kExitFailure);
  std::cout << std::lround(s.x) << " " << std::lround(s.y) << "\n";
  return kExitOk;
}

// The GUI frames a chosen view inside what its panels leave of the window, clear of the caption
// and the legend (UI scale 1).
int locatePlace(const CommandLine& cl, const NamedView& view, Viewport size, const std::string& crs,
                const Projection& projection) {
  if (cl.positional.size() > 1) return fail("unexpected argument '" + cl.positional[1] + "' for 'locate'", kExitUsage);
  auto path = tripPathOption(cl);
  if (!path) return fail(path.error(), kExitFailure);
  auto briefing = Briefing::load(path.value(), {}, tripLoadOptions(crs));
  if (!briefing) return fail(briefing.error(), kExitFailure);
  const Trip& trip = briefing.value()->trip();
  std::string id = cl.get("--place");
  auto where = placeMarkerLocation(trip, id);
  if (!where) return fail("--place: no place '" + id + "' in " + path.value(), kExitUsage);
  auto panels = panelsOverStory(size, 1, false, true, false, true, false, tripLegend(trip).rows());
  Camera camera = cameraFramingClearOf(projectedBox(view, projection), size, screenLayout(size, 1, false, true).mapArea,
                                       panels, kViewFrameMargin);
  return printPixel(camera.toScreen(projection.toMap(*where)), "place '" + id + "'");
}

// A point outside the CRS's area of use projects to nonsense, or to nothing.
Result<bool> checkAreaOfUse(LonLat point, const std::string& crs) {
  auto area = crsAreaOfUse(crs, kAreaOfUseMarginDegrees);
  if (!area || area->contains(point)) return true;
  char text[160];
  std::snprintf(text, sizeof text, "point %g %g lies outside the area of use of CRS %s (longitude %g to %g, latitude %g to %g)",
                point.lon, point.lat, crs.c_str(), area->west, area->east, area->south, area->north);
  return Error{text};
}

}  // namespace

int runLocate(const CommandLine& cl) {
  auto view = viewOption(cl);
  if (!view) return fail(view.error(), kExitUsage);
  auto size = sizeOption(cl, {1920, 1080});
  if (!size) return fail(size.error(), kExitUsage);
  auto crs = crsOption(cl);
  if (!crs) return fail(crs.error(), kExitUsage);
  bool byPlace = cl.has("--place");
  LonLat point;
  if (!byPlace && (cl.positional.size() != 2 || !parseNumber(cl.positional[0], point.lon) ||
                   !parseNumber(cl.positional[1], point.lat)))
    return fail("locate needs a longitude and a latitude in degrees (e.g. itinera locate -79.53 8.97) "
                "or --place PLACE_ID", kExitUsage);
  if (!byPlace && (std::abs(point.lon) > 180 || std::abs(point.lat) > 90))
    return fail("longitude must be within ±180 and latitude within ±90 degrees", kExitUsage);
  auto projection = Projection::create(crs.value());
  if (!projection) return fail("--crs: " + projection.error(), kExitUsage);
  if (byPlace) return locatePlace(cl, view.value(), size.value(), crs.value(), projection.value());
  if (auto inside = checkAreaOfUse(point, crs.value()); !inside) return fail(inside.error(), kExitFailure);
  Camera camera = cameraForView(view.value(), projection.value(), size.value());
  char what[64];
  std::snprintf(what, sizeof what, "point %g %g", point.lon, point.lat);
  return printPixel(camera.toScreen(projection->toMap(point)), what);
}

}  // namespace itinera
