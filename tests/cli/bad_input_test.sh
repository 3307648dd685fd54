#!/usr/bin/env bash
# Bad input to the command-line verbs: one clear message on stderr, the documented exit
# code (2 usage, 1 other failure), no crash, no hang, and no half-written output.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
failures=0

# expect CODE PATTERN -- COMMAND...: exit code CODE and stderr matching PATTERN.
expect() {
  local code="$1" pattern="$2"
  shift 3
  local err
  err="$(timeout 60 "$@" 2>&1 >/dev/null)"
  local got=$?
  if [ "$got" -ne "$code" ] || ! grep -qE "$pattern" <<<"$err"; then
    echo "FAIL: $* -> exit $got (want $code), stderr: $err"
    failures=$((failures + 1))
  fi
}

expect 2 "unknown view 'atlantis'.*overview, panama-city, canal, darien" -- "$app" render --view atlantis -o "$work/a.png"
expect 2 "bad size '0x0'" -- "$app" render --size 0x0 -o "$work/a.png"
expect 2 "bad size '-640x480'" -- "$app" render --size -640x480 -o "$work/a.png"
expect 2 "bad size '99999x99999'" -- "$app" render --size 99999x99999 -o "$work/a.png"
expect 2 "bad size 'big'" -- "$app" locate -79.5 9 --size big
expect 2 "unknown option '--colour'" -- "$app" render --colour red
expect 2 "needs an output file" -- "$app" render
expect 2 "longitude and a latitude" -- "$app" locate -79.5
expect 2 "within ±180" -- "$app" locate 200 9
expect 1 "invalid CRS 'EPSG:0000'" -- "$app" render --crs EPSG:0000 -o "$work/a.png"
expect 1 "invalid CRS 'not a crs'" -- "$app" locate -79.5 9 --crs "not a crs"
expect 1 "geographic" -- "$app" render --crs EPSG:4326 -o "$work/a.png"

mkdir -p "$work/missing/geodata" "$work/corrupt/geodata" "$work/truncated/geodata"
expect 1 "panama.gpkg: basemap file not found" -- env ITINERA_DATA_DIR="$work/missing" "$app" render -o "$work/a.png"
echo "not a geopackage" >"$work/corrupt/geodata/panama.gpkg"
expect 1 "panama.gpkg: not a readable GeoPackage" -- env ITINERA_DATA_DIR="$work/corrupt" "$app" render -o "$work/a.png"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
head -c 300000 "$source_dir/geodata/panama.gpkg" >"$work/truncated/geodata/panama.gpkg"
expect 1 "panama.gpkg" -- env ITINERA_DATA_DIR="$work/truncated" "$app" render -o "$work/a.png"
expect 1 "OpenGL 3.3 core is not available" -- env MESA_GL_VERSION_OVERRIDE=3.0 "$app" render -o "$work/a.png"
expect 1 "nonexistent-dir/a.png: cannot write PNG" -- "$app" render --size 64x64 -o "$work/nonexistent-dir/a.png"

leftovers=$(find "$work" -name '*.tmp-*' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAIL: temporary files left behind"; failures=$((failures + 1)); }
[ ! -e "$work/a.png" ] || { echo "FAIL: a failed run wrote its output"; failures=$((failures + 1)); }

"$app" --help | grep -q "itinera render" || { echo "FAIL: --help"; failures=$((failures + 1)); }
"$app" --version | grep -qE "^itinera [0-9]+\.[0-9]+\.[0-9]+$" || { echo "FAIL: --version"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "all bad inputs rejected clearly"
exit "$failures"
