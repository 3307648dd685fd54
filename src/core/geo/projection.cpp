// PROJ boundary: the only place that talks to PROJ.
#include "core/geo/projection.h"

#include <proj.h>

#include <cmath>

namespace itinera {
namespace {

// The value of `+key=` in a PROJ string, or "".
std::string projParameter(const std::string& definition, const std::string& key) {
  std::string marker = "+" + key + "=";
  auto at = definition.find(marker);
  if (at == std::string::npos) return "";
  at += marker.size();
  return definition.substr(at, definition.find(' ', at) - at);
}

// A name for people where PROJ has none, as for the "+proj=lcc ..." strings a trip's CRS is chosen as.
std::string describedName(const std::string& definition) {
  std::string proj = projParameter(definition, "proj");
  std::string lat0 = projParameter(definition, "lat_0"), lon0 = projParameter(definition, "lon_0");
  if (proj == "lcc")
    return "Lambert conformal conic, parallels " + projParameter(definition, "lat_1") + " and " +
           projParameter(definition, "lat_2") + ", centred on " + lon0;
  if (proj == "stere") return "Stereographic centred on " + lat0 + ", " + lon0;
  if (proj == "merc") return "Mercator centred on " + lon0;
  return definition;  // says more than PROJ's "unknown"
}

}  // namespace

Result<Projection> Projection::create(const std::string& crs) {
  Projection p;
  p.definition_ = crs;
  p.context_ = proj_context_create();
  proj_log_level(p.context_, PJ_LOG_NONE);
  PJ* raw = proj_create_crs_to_crs(p.context_, "EPSG:4326", crs.c_str(), nullptr);
  if (!raw) {
    const char* why = proj_context_errno_string(p.context_, proj_context_errno(p.context_));
    std::string detail = why && std::string(why).find("Unknown error") == std::string::npos ? std::string(" (") + why + ")" : "";
    return Error{"unknown or invalid CRS '" + crs + "'" + detail +
                 "; give one PROJ knows, such as EPSG:32617, a WKT string or a PROJ string"};
  }
  p.transform_ = proj_normalize_for_visualization(p.context_, raw);
  proj_destroy(raw);
  if (!p.transform_) return Error{"cannot normalise axis order of CRS '" + crs + "'"};
  PJ* target = proj_get_target_crs(p.context_, p.transform_);
  if (target) {
    if (proj_get_type(target) == PJ_TYPE_GEOGRAPHIC_2D_CRS ||
        proj_get_type(target) == PJ_TYPE_GEOGRAPHIC_3D_CRS) {
      proj_destroy(target);
      return Error{"CRS '" + crs + "' is geographic (degrees); give a projected CRS in metres"};
    }
    const char* n = proj_get_name(target);
    std::string name = n ? n : "";
    p.name_ = name.empty() || name == "unknown" || name == "unnamed" ? describedName(crs) : name;
    proj_destroy(target);
  }
  // Probes the middle of PROJ's area of use, when it gives one: a CRS that cannot project even
  // there cannot draw a map.
  double west = 0, south = 0, east = 0, north = 0;
  PJ* targetCrs = proj_get_target_crs(p.context_, p.transform_);
  bool hasArea = targetCrs && proj_get_area_of_use(p.context_, targetCrs, &west, &south, &east, &north, nullptr) &&
                 west > -1000;
  if (targetCrs) proj_destroy(targetCrs);
  if (hasArea) {
    LonLat middle{east >= west ? (west + east) / 2 : west, (south + north) / 2};
    MapPoint probe = p.toMap(middle);
    if (!std::isfinite(probe.x) || !std::isfinite(probe.y))
      return Error{"CRS '" + crs + "' cannot project the middle of its own area of use"};
  }
  return p;
}

Result<Projection> Projection::clone() const {
  if (!transform_) return Error{"cannot clone a projection that was never created"};
  Projection p;
  p.definition_ = definition_;
  p.name_ = name_;
  p.context_ = proj_context_create();
  proj_log_level(p.context_, PJ_LOG_NONE);
  p.transform_ = proj_clone(p.context_, transform_);
  if (!p.transform_) return Error{"cannot copy the transformation to CRS '" + definition_ + "' for another thread"};
  return p;
}

Projection::Projection(Projection&& o) noexcept { *this = std::move(o); }

Projection& Projection::operator=(Projection&& o) noexcept {
  if (this != &o) {
    release();
    context_ = std::exchange(o.context_, nullptr);
    transform_ = std::exchange(o.transform_, nullptr);
    definition_ = std::move(o.definition_);
    name_ = std::move(o.name_);
  }
  return *this;
}

Projection::~Projection() { release(); }

void Projection::release() {
  if (transform_) proj_destroy(transform_);
  if (context_) proj_context_destroy(context_);
  transform_ = nullptr;
  context_ = nullptr;
}

MapPoint Projection::toMap(LonLat p) const {
  PJ_COORD c = proj_coord(p.lon, p.lat, 0, 0);
  c = proj_trans(transform_, PJ_FWD, c);
  return {c.xy.x, c.xy.y};
}

LonLat Projection::toLonLat(MapPoint p) const {
  PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
  c = proj_trans(transform_, PJ_INV, c);
  return {c.lp.lam, c.lp.phi};
}

void Projection::toMap(std::vector<LonLat>& in, std::vector<MapPoint>& out) const {
  out.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) out[i] = {in[i].lon, in[i].lat};
  if (out.empty()) return;
  proj_trans_generic(transform_, PJ_FWD, &out[0].x, sizeof(MapPoint), out.size(),
                     &out[0].y, sizeof(MapPoint), out.size(), nullptr, 0, 0, nullptr, 0, 0);
}

}  // namespace itinera
