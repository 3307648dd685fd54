// Reading GeoJSON geometries of places and legs: positions, polygons, line strings.
#include <cmath>

#include "core/trip/trip_parse.h"

namespace itinera::detail {
namespace {

std::optional<Ring> readRing(const nlohmann::json& v, const std::string& item, const std::string& field,
                             ProblemSink& sink) {
  if (!v.is_array() || v.size() < 4) {
    sink.add(item, field, "a linear ring needs at least four positions");
    return std::nullopt;
  }
  Ring ring;
  for (size_t i = 0; i < v.size(); ++i) {
    auto p = readPosition(v[i], item, field + "[" + std::to_string(i) + "]", sink);
    if (!p) return std::nullopt;
    ring.push_back(*p);
  }
  if (ring.front().lon != ring.back().lon || ring.front().lat != ring.back().lat) {
    sink.add(item, field, "a linear ring must end where it starts");
    return std::nullopt;
  }
  return ring;
}

std::optional<Polygon> readPolygon(const nlohmann::json& v, const std::string& item, const std::string& field,
                                   ProblemSink& sink) {
  if (!v.is_array() || v.empty()) {
    sink.add(item, field, "a polygon is a non-empty array of linear rings");
    return std::nullopt;
  }
  Polygon polygon;
  for (size_t i = 0; i < v.size(); ++i) {
    auto ring = readRing(v[i], item, field + "[" + std::to_string(i) + "]", sink);
    if (!ring) return std::nullopt;
    polygon.push_back(std::move(*ring));
  }
  return polygon;
}

// Signed area (shoelace, in square degrees) and centroid of a ring.
double ringArea(const Ring& r, LonLat* centroid) {
  double a = 0, cx = 0, cy = 0;
  for (size_t i = 0; i + 1 < r.size(); ++i) {
    double cross = r[i].lon * r[i + 1].lat - r[i + 1].lon * r[i].lat;
    a += cross;
    cx += (r[i].lon + r[i + 1].lon) * cross;
    cy += (r[i].lat + r[i + 1].lat) * cross;
  }
  a /= 2;
  if (centroid && std::fabs(a) > 1e-12) *centroid = {cx / (6 * a), cy / (6 * a)};
  return a;
}

}  // namespace

std::optional<LonLat> readPosition(const nlohmann::json& v, const std::string& item, const std::string& field,
                                   ProblemSink& sink) {
  if (!v.is_array() || v.size() < 2 || v.size() > 3 || !v[0].is_number() || !v[1].is_number()) {
    sink.add(item, field, "a position is [longitude, latitude] (numbers)");
    return std::nullopt;
  }
  double lon = v[0].get<double>(), lat = v[1].get<double>();
  if (!std::isfinite(lon) || !std::isfinite(lat)) {
    sink.add(item, field, "coordinates must be finite numbers");
    return std::nullopt;
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    sink.add(item, field, "coordinates out of range (longitude -180..180, latitude -90..90; order is [lon, lat])");
    return std::nullopt;
  }
  return LonLat{lon, lat};
}

LonLat representativePoint(const std::vector<Polygon>& areas) {
  const Ring* best = nullptr;
  double bestArea = -1;
  for (const Polygon& p : areas)
    if (!p.empty() && std::fabs(ringArea(p.front(), nullptr)) > bestArea) {
      best = &p.front();
      bestArea = std::fabs(ringArea(p.front(), nullptr));
    }
  if (!best || best->empty()) return {};
  LonLat mean{0, 0};
  for (const LonLat& q : *best) mean = {mean.lon + q.lon / best->size(), mean.lat + q.lat / best->size()};
  LonLat centroid = mean;
  ringArea(*best, &centroid);
  return centroid;
}

bool readPlaceGeometry(const nlohmann::json& g, Place& place, ProblemSink& sink) {
  const std::string& item = place.id;
  if (!g.is_object() || !g.contains("type") || !g.contains("coordinates")) {
    sink.add(item, "geometry", "a place needs a Point, Polygon or MultiPolygon geometry");
    return false;
  }
  const nlohmann::json& type = g["type"];
  const nlohmann::json& coords = g["coordinates"];
  if (type == "Point") {
    auto p = readPosition(coords, item, "geometry.coordinates", sink);
    if (p) place.location = *p;
    return p.has_value();
  }
  if (type == "Polygon") {
    auto polygon = readPolygon(coords, item, "geometry.coordinates", sink);
    if (polygon) place.areas.push_back(std::move(*polygon));
  } else if (type == "MultiPolygon" && coords.is_array() && !coords.empty()) {
    for (size_t i = 0; i < coords.size(); ++i) {
      auto polygon = readPolygon(coords[i], item, "geometry.coordinates[" + std::to_string(i) + "]", sink);
      if (polygon) place.areas.push_back(std::move(*polygon));
    }
  } else {
    sink.add(item, "geometry", "a place needs a Point, Polygon or MultiPolygon geometry");
    return false;
  }
  if (place.areas.empty()) return false;
  place.location = representativePoint(place.areas);
  return true;
}

std::vector<LonLat> readLineString(const nlohmann::json& g, const std::string& item, ProblemSink& sink) {
  std::vector<LonLat> line;
  if (!g.is_object() || g.value("type", nlohmann::json()) != "LineString" || !g.contains("coordinates") ||
      !g["coordinates"].is_array() || g["coordinates"].size() < 2) {
    sink.add(item, "geometry", "a leg needs a LineString geometry (its route) with at least two positions");
    return line;
  }
  const nlohmann::json& coords = g["coordinates"];
  for (size_t i = 0; i < coords.size(); ++i) {
    auto p = readPosition(coords[i], item, "geometry.coordinates[" + std::to_string(i) + "]", sink);
    if (!p) return {};
    line.push_back(*p);
  }
  return line;
}

}  // namespace itinera::detail
