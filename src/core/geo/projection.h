// Projection between WGS 84 lon/lat and the map CRS, through PROJ, normalised once
// for visualisation so every coordinate entering the app is lon, lat.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/geo/geo_types.h"
#include "core/io/result.h"

typedef struct pj_ctx PJ_CONTEXT;
typedef struct PJconsts PJ;

namespace itinera {

inline constexpr const char* kDefaultCrs = "EPSG:32617";  // WGS 84 / UTM zone 17N

// One thread at a time: PROJ keeps per-call state in the transformation and its context, so
// `const` calls from two threads on one Projection race. A worker takes its own clone().
class Projection {
 public:
  // Creates a projection to `crs` (any definition PROJ accepts), or an error naming it.
  static Result<Projection> create(const std::string& crs);

  Projection() = default;  // empty until a created one is moved in
  Projection(Projection&&) noexcept;
  Projection& operator=(Projection&&) noexcept;
  ~Projection();
  // The same transformation with its own PROJ context, for another thread.
  Result<Projection> clone() const;

  MapPoint toMap(LonLat p) const;
  LonLat toLonLat(MapPoint p) const;
  // Projects in place, many points at once (one PROJ call).
  void toMap(std::vector<LonLat>& in, std::vector<MapPoint>& out) const;

  const std::string& definition() const { return definition_; }
  const std::string& name() const { return name_; }

 private:
  void release();
  PJ_CONTEXT* context_ = nullptr;
  PJ* transform_ = nullptr;
  std::string definition_;
  std::string name_;
};

}  // namespace itinera
