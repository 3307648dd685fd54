#!/usr/bin/env bash
# Bad files given to the binary: each answered with one precise message and exit 1, never a
# hang (FIFOs), never a blank map; validate checks citations against the sources at hand.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
trip="$source_dir/geodata/trips/panama-2022.geojson"
failures=0

# expect CODE PATTERN -- COMMAND...: exit code CODE, output (stdout and stderr) matching PATTERN,
# and that output valid UTF-8.
expect() {
  local code="$1" pattern="$2"
  shift 3
  local out
  out="$(timeout 20 "$@" 2>&1)"
  local got=$?
  if [ "$got" -ne "$code" ] || ! grep -qE "$pattern" <<<"$out"; then
    echo "FAIL: $* -> exit $got (want $code), output: $out"
    failures=$((failures + 1))
  elif ! iconv -f UTF-8 -t UTF-8 <<<"$out" >/dev/null 2>&1; then
    echo "FAIL: $* printed bytes that are not UTF-8"
    failures=$((failures + 1))
  fi
}

# --- the trip: only regular files, never blocking on a FIFO ---
mkfifo "$work/trip.fifo"
expect 1 "trip.fifo: not a regular file \(a FIFO\)" -- "$app" validate "$work/trip.fifo"
expect 1 "/dev/zero: not a regular file \(a character device\)" -- "$app" validate /dev/zero
expect 1 "/proc/self/status: not a regular file" -- "$app" validate /proc/self/status
expect 1 "trip.fifo: not a regular file" -- "$app" agenda "$work/trip.fifo"

# --- encodings and NUL bytes: one message each ---
{ cat "$trip"; printf '\0\0\0garbage'; } >"$work/nul.geojson"
expect 1 "^[^ ]*nul.geojson:[0-9]+:[0-9]+: NUL byte" -- "$app" validate "$work/nul.geojson"
iconv -f UTF-8 -t UTF-16 "$trip" >"$work/utf16.geojson"
expect 1 "utf16.geojson:1:1: this file is UTF-16; save it as UTF-8" -- "$app" validate "$work/utf16.geojson"
lines=$("$app" validate "$work/utf16.geojson" 2>&1 | wc -l)
[ "$lines" -eq 1 ] || { echo "FAIL: UTF-16 gave $lines lines, not one"; failures=$((failures + 1)); }
printf '{"a": tru\xc3\xa9}' >"$work/broken.geojson"
expect 1 'broken.geojson:1:10: JSON syntax error: .*\\xc3' -- "$app" validate "$work/broken.geojson"

# --- syntax located by the parser ---
printf '{"title": "1e400",\n "x": 1e400}' >"$work/range.geojson"
expect 1 "range.geojson:2:7: number out of range" -- "$app" validate "$work/range.geojson"
{ printf '{"a":\n'; head -c 100 /dev/zero | tr '\0' '['; } >"$work/deep.geojson"
expect 1 "deep.geojson:2:64: JSON nested more than 64 levels deep" -- "$app" validate "$work/deep.geojson"

# --- citations against the sources at hand ---
expect 0 "note: \"press-release-2022-04-21.txt\" is not found.*valid|valid" -- "$app" validate "$trip"
# The other verbs keep notes out of their output: only `validate` is asked about the sources.
if "$app" agenda "$trip" 2>&1 >/dev/null | grep -q "note:"; then echo "FAIL: agenda printed notes"; exit 1; fi
mkdir -p "$work/beside"
cp "$trip" "$work/beside/"
printf 'An altered press release.\n' >"$work/beside/press-release-2022-04-21.txt"
expect 1 "source dhs-2022-04-21: sha256: .* not the one recorded" -- "$app" validate "$work/beside/panama-2022.geojson"
shared="$source_dir/../shared/sources"
if [ -d "$shared" ]; then
  cp "$shared"/* "$work/beside/"
  out="$("$app" validate "$work/beside/panama-2022.geojson" 2>&1)"
  [ "$out" = "panama-2022.geojson: valid: 9 places, 19 events, 7 legs, 14 people; map: WGS 84 / UTM zone 17N (EPSG:32617), chosen for the trip" ] ||
    { echo "FAIL: the bundled trip with its sources: $out"; failures=$((failures + 1)); }
fi

# --- the basemap: a FIFO, and every layer empty ---
mkdir -p "$work/fifo/geodata" "$work/empty/geodata"
mkfifo "$work/fifo/geodata/panama.gpkg"
expect 1 "panama.gpkg: not a regular file \(a FIFO\)" -- env ITINERA_DATA_DIR="$work/fifo" "$app" render -o "$work/a.png"
cp "$source_dir/geodata/panama.gpkg" "$work/empty/geodata/"
python3 - "$work/empty/geodata/panama.gpkg" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (table,) in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall():
    db.execute(f'DELETE FROM "{table}"')
db.commit()
PY
expect 1 "panama.gpkg: every layer is empty" -- env ITINERA_DATA_DIR="$work/empty" "$app" render -o "$work/a.png"
[ ! -e "$work/a.png" ] || { echo "FAIL: a failed render wrote its output"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "all bad files answered precisely"
exit "$failures"
