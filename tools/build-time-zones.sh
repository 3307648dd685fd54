#!/usr/bin/env bash
# Regenerate geodata/time_zones.gpkg, the time-zone map that gives places without a stated
# `time_zone` their zone: timezone-boundary-builder's "alike since 1970" boundaries as shipped by
# the npm package geo-tz, unioned per zone and simplified at 0.02 degrees (about 2 km).
# Usage: tools/build-time-zones.sh   (from any directory; needs gdal-bin with SpatiaLite, node, npm)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GEO_TZ_VERSION="8.1.9"
TOLERANCE_DEG="0.02"
BUDGET_KIB=$((25 * 1024))   # everything in geodata/, as tools/build-geodata.sh checks

for tool in ogr2ogr ogrinfo node npm; do
    command -v "$tool" >/dev/null 2>&1 || { echo "build-time-zones.sh: needs $tool (Debian gdal-bin, nodejs, npm)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund "geo-tz@$GEO_TZ_VERSION" >/dev/null)
node "$ROOT/tools/geodata/dump_time_zones.js" "$tmp/node_modules/geo-tz" "$tmp/pieces.geojsonl"
ogr2ogr -f GPKG "$tmp/pieces.gpkg" "$tmp/pieces.geojsonl" -nln pieces -nlt MULTIPOLYGON
# One feature per zone: the quadtree's pieces joined, then simplified keeping shared edges apart.
ogr2ogr -f GPKG "$tmp/time_zones.gpkg" "$tmp/pieces.gpkg" -dialect sqlite \
    -sql "SELECT tzid, ST_SimplifyPreserveTopology(ST_Union(geom), $TOLERANCE_DEG) AS geom FROM pieces GROUP BY tzid" \
    -nln time_zones -nlt MULTIPOLYGON -lco SPATIAL_INDEX=NO
ogrinfo -q "$tmp/time_zones.gpkg" -sql "VACUUM" >/dev/null
mv "$tmp/time_zones.gpkg" "$ROOT/geodata/time_zones.gpkg"
used=$(du -sk "$ROOT/geodata" | cut -f1)
echo "geodata/time_zones.gpkg: $(du -k "$ROOT/geodata/time_zones.gpkg" | cut -f1) KiB; geodata/ holds $used KiB of $BUDGET_KIB" >&2
[ "$used" -le "$BUDGET_KIB" ] || { echo "build-time-zones.sh: geodata/ is over its budget" >&2; exit 1; }
