#!/usr/bin/env bash
# The map a trip gets: its CRS (chosen for it, or named by --crs, which validate checks too) and
# its views, in validate, render and locate.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The documented example moved to Mexico City (a made-up visit), with views derived.
python3 - "$source_dir/tests/fixtures/trips/minimal.geojson" "$work/mexico.geojson" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
dlon, dlat = -99.13 - -79.5347, 19.43 - 8.9711
def move(c):
    if isinstance(c[0], (int, float)): return [round(c[0] + dlon, 6), round(c[1] + dlat, 6)] + c[2:]
    return [move(x) for x in c]
for f in doc["features"]:
    if f.get("geometry"): f["geometry"]["coordinates"] = move(f["geometry"]["coordinates"])
w, s, e, n = doc["bbox"]
doc["bbox"] = [w + dlon, s + dlat, e + dlon, n + dlat]
json.dump(doc, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY
cp "$source_dir/tests/fixtures/trips/example-source.txt" "$work/"

out="$("$app" validate "$work/mexico.geojson" 2>&1)"
grep -q "mexico.geojson: valid: .*; map: WGS 84 / UTM zone 14N (EPSG:32614), chosen for the trip" <<<"$out" ||
  fail "Mexico City gets UTM 14N: $out"
out="$("$app" validate 2>&1)"
grep -q "panama-2022.geojson: valid: .*; map: WGS 84 / UTM zone 17N (EPSG:32617), chosen for the trip" <<<"$out" ||
  fail "Panama gets UTM 17N: $out"

# --crs overrides, in validate too: the area-of-use check follows it; a bad value is a usage error.
err="$("$app" validate "$work/mexico.geojson" --crs EPSG:32617 2>&1 >/dev/null)"
[ $? -eq 1 ] && grep -q "area of use\|outside" <<<"$err" || fail "--crs EPSG:32617 rejects Mexico City: $err"
out="$("$app" validate "$work/mexico.geojson" --crs EPSG:6372 2>&1)"
grep -q "given by --crs" <<<"$out" || fail "--crs EPSG:6372 is taken: $out"
err="$("$app" validate "$work/mexico.geojson" --crs NOT-A-CRS 2>&1 >/dev/null)"
code=$?
[ $code -eq 2 ] && grep -q -- "--crs: .*'NOT-A-CRS'" <<<"$err" || fail "validate --crs NOT-A-CRS -> $code: $err"

# The trip's views: derived for Mexico City (the whole trip only: its places form one cluster),
# Panama's own four, named in the message for an unknown one.
err="$("$app" locate --place port-office "$work/mexico.geojson" --view canal 2>&1 >/dev/null)"
[ $? -eq 2 ] && grep -q "unknown view 'canal'; the views are: overview$" <<<"$err" || fail "Mexico City views: $err"
xy="$("$app" locate --place port-office "$work/mexico.geojson" --size 800x600 2>&1)" || fail "locate in Mexico City: $xy"
read -r x y <<<"$xy"
[ "${x:-0}" -gt 0 ] && [ "${x:-0}" -lt 800 ] && [ "${y:-0}" -gt 0 ] && [ "${y:-0}" -lt 600 ] ||
  fail "the overview frames the Mexico City place: $xy"
# Panama's views, from its trip file, frame the same pixels as before they moved there.
[ "$("$app" locate -79.5347 8.9711 --view panama-city --size 1280x720)" = "$("$app" locate -79.5347 8.9711 --view panama-city --size 1280x720 --crs EPSG:32617)" ] ||
  fail "Panama City's view"
"$app" render "$work/mexico.geojson" --at 2021-05-03T10:30 --size 320x180 -o "$work/mexico.png" || fail "render Mexico City"
[ -s "$work/mexico.png" ] || fail "no Mexico City render"

[ "$failures" -eq 0 ] && echo "trip map: all passed"
exit $((failures > 0))
