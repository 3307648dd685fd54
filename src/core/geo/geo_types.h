// Coordinate spaces as distinct types, converted only by named functions.
//
//   LonLat (degrees, WGS 84) --Projection::toMap--> MapPoint (metres, projected CRS)
//   MapPoint --Camera::toScreen--> ScreenPoint (pixels, origin top-left, y down)
#pragma once

namespace itinera {

struct LonLat {
  double lon = 0;
  double lat = 0;
};

struct MapPoint {
  double x = 0;  // easting, metres
  double y = 0;  // northing, metres
  bool operator==(const MapPoint&) const = default;
};

struct ScreenPoint {
  double x = 0;  // pixels from the left edge
  double y = 0;  // pixels from the top edge
};

struct MapBox {
  MapBox() = default;  // empty; not an aggregate, so extend({x, y}) means a point
  MapBox(MapPoint lo, MapPoint hi) : min(lo), max(hi) {}
  MapPoint min{1e300, 1e300};
  MapPoint max{-1e300, -1e300};

  bool empty() const { return min.x > max.x || min.y > max.y; }
  void extend(MapPoint p) {
    if (p.x < min.x) min.x = p.x;
    if (p.y < min.y) min.y = p.y;
    if (p.x > max.x) max.x = p.x;
    if (p.y > max.y) max.y = p.y;
  }
  void extend(const MapBox& b) {
    if (b.empty()) return;
    extend(b.min);
    extend(b.max);
  }
  double width() const { return max.x - min.x; }
  double height() const { return max.y - min.y; }
  MapPoint center() const { return {(min.x + max.x) / 2, (min.y + max.y) / 2}; }
};

}  // namespace itinera
