// The area of use of a map CRS, as a lon/lat box for checking a trip's coordinates.
#include "core/geo/trip_area.h"

#include <algorithm>
#include <memory>

#include <proj.h>

namespace itinera {
namespace {

struct ContextDeleter {
  void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjDeleter {
  void operator()(PJ* p) const { proj_destroy(p); }
};

}  // namespace

std::optional<LonLatBox> crsAreaOfUse(const std::string& crs, double marginDegrees) {
  std::unique_ptr<PJ_CONTEXT, ContextDeleter> ctx(proj_context_create());
  if (!ctx) return std::nullopt;
  proj_log_level(ctx.get(), PJ_LOG_NONE);
  std::unique_ptr<PJ, PjDeleter> pj(proj_create(ctx.get(), crs.c_str()));
  if (!pj) return std::nullopt;
  double west = 0, south = 0, east = 0, north = 0;
  const char* name = nullptr;
  if (!proj_get_area_of_use(ctx.get(), pj.get(), &west, &south, &east, &north, &name) || west < -1000)
    return std::nullopt;  // PROJ reports -1000 for an unknown area
  return LonLatBox{std::max(-180.0, west - marginDegrees), std::max(-90.0, south - marginDegrees),
                   std::min(180.0, east + marginDegrees), std::min(90.0, north + marginDegrees)};
}

}  // namespace itinera
