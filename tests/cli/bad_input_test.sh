#!/usr/bin/env bash
# Bad input to the command-line verbs: one clear message on stderr, the documented exit
# code (2 usage, 1 other failure), no crash, no hang, and no half-written output.
# Each check here starts the app; one whose message and exit code the parser's tests
# (command_line_test.cpp, cli_options_test.cpp) already check in process is not repeated here.
source "$(dirname "$0")/cli_common.sh"


expect 2 "unknown view 'atlantis'.*overview, panama-city, canal, darien" -- "$app" render --view atlantis -o "$work/a.png"
expect 2 "bad size '0x0'" -- "$app" render --size 0x0 -o "$work/a.png"
expect 2 "bad size '-640x480'" -- "$app" render --size -640x480 -o "$work/a.png"
expect 2 "bad size '99999x99999'" -- "$app" render --size 99999x99999 -o "$work/a.png"
expect 2 "bad size 'big'" -- "$app" locate -79.5 9 --size big
expect 2 "unknown option '--colour'" -- "$app" render --colour red
expect 2 "needs an output file" -- "$app" render
expect 2 "longitude and a latitude" -- "$app" locate -79.5
expect 2 "within ±180" -- "$app" locate 200 9

# A CRS PROJ cannot make a map of is a usage error naming --crs, in every verb that takes it.
expect 2 "--crs: unknown or invalid CRS 'not a crs'" -- "$app" locate -79.5 9 --crs "not a crs"
expect 2 "--crs: CRS 'EPSG:4326' is geographic" -- "$app" render --crs EPSG:4326 -o "$work/a.png"
expect 2 "--crs: .*'BAD'" -- "$app" validate --crs BAD
expect 2 "--crs: .*'EPSG:0000'" -- "$app" bench --crs EPSG:0000

# A first argument that is neither a verb nor a file is a usage error, with the nearest verb.
expect 2 "unknown verb 'valdiate': did you mean 'validate'\?" -- "$app" valdiate "$source_dir/geodata/trips/panama-2022.geojson"

# Every verb rejects an option it does not take, by name (validate, agenda, bench and the app in
# command_line_test.cpp).
expect 2 "unknown option '--size' for 'state'" -- "$app" state --at 2022-04-19T14:30 --json --size 640x480
expect 2 "unknown option '--ui' for 'locate'" -- "$app" locate -79.5 9 --ui
expect 2 "unknown option '--json' for 'render'" -- "$app" render --json -o "$work/a.png"
expect 2 "unexpected argument 'extra' for 'validate'" -- "$app" validate "$source_dir/geodata/trips/panama-2022.geojson" extra

# The same bad value is the same usage error in every verb (render and state in
# cli_options_test.cpp), found before SDL starts.
expect 2 "--at: cannot read the time \"noon\"" -- env -u SDL_VIDEODRIVER "$app" --at noon
expect 2 "--select: no place 'atlantis'" -- "$app" render --select atlantis -o "$work/a.png"
expect 2 "--place: no place 'atlantis'" -- "$app" locate --place atlantis
expect 2 "--state-file: '.*no-such-dir/state.json': no directory" -- "$app" --state-file "$work/no-such-dir/state.json"
expect 2 "--sources shows cited passages only with --ui" -- "$app" render --sources "$work" -o "$work/a.png"
expect 2 "--sources: no directory" -- "$app" render --ui --sources "$work/no-such-dir" -o "$work/a.png"

# The output is checked before anything is drawn (each message in cli_options_test.cpp).
expect 2 "-o: '.*nonexistent-dir/a.png': no directory" -- "$app" render --size 64x64 -o "$work/nonexistent-dir/a.png"
mkdir -p "$work/read-only" && chmod a-w "$work/read-only"
if [ "$(id -u)" -ne 0 ]; then  # root writes anywhere
  expect 2 "-o: .*is not writable" -- "$app" render -o "$work/read-only/a.png"
fi

# A point the projection cannot take is a failure, not a nonsense pixel.
expect 1 "point 0 0 lies outside the area of use of CRS EPSG:32617" -- "$app" locate 0 0
out="$("$app" locate -79.5 9.0)" && grep -qE '^[0-9]+ [0-9]+$' <<<"$out" ||
  { echo "FAIL: locate -79.5 9.0 printed '$out'"; failures=$((failures + 1)); }

# The interactive app needs a display, and never runs on unseen with SDL's offscreen driver.
expect 1 "no display: neither DISPLAY nor WAYLAND_DISPLAY is set" -- env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$app"
expect 1 "SDL_VIDEODRIVER=offscreen has no display" -- "$app" --view canal
expect 1 "cannot open the display ':77'" -- env -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER DISPLAY=:77 "$app"

# validate: problems on stderr, the summary on stdout.
printf '{"type": "FeatureCollection", "features": [' >"$work/broken.geojson"
"$app" validate "$work/broken.geojson" >"$work/out.txt" 2>"$work/err.txt"
code=$?
[ "$code" -eq 1 ] && grep -q "broken.geojson:1:" "$work/err.txt" ||
  { echo "FAIL: validate broken.geojson -> exit $code, stderr: $(cat "$work/err.txt")"; failures=$((failures + 1)); }
[ ! -s "$work/out.txt" ] || { echo "FAIL: validate printed problems on stdout"; failures=$((failures + 1)); }
"$app" validate 2>/dev/null | grep -q "valid:" || { echo "FAIL: validate summary not on stdout"; failures=$((failures + 1)); }

# The data directory is found beside the executable, or named by $ITINERA_DATA_DIR.
mkdir -p "$work/elsewhere" && cp "$app" "$work/elsewhere/itinera"
expect 1 "cannot find the data directory: no geodata/trips/panama-2022.geojson in .*elsewhere or above it" -- env -u ITINERA_DATA_DIR "$work/elsewhere/itinera" validate
ITINERA_DATA_DIR="$source_dir" "$work/elsewhere/itinera" validate >/dev/null ||
  { echo "FAIL: ITINERA_DATA_DIR not used"; failures=$((failures + 1)); }
env -u ITINERA_DATA_DIR "$app" validate >/dev/null || { echo "FAIL: data not found from the build"; failures=$((failures + 1)); }

mkdir -p "$work/missing/geodata" "$work/corrupt/geodata" "$work/truncated/geodata"
expect 1 "panama.gpkg: basemap file not found" -- env ITINERA_DATA_DIR="$work/missing" "$app" render -o "$work/a.png"
echo "not a geopackage" >"$work/corrupt/geodata/panama.gpkg"
expect 1 "panama.gpkg: not a readable GeoPackage" -- env ITINERA_DATA_DIR="$work/corrupt" "$app" render -o "$work/a.png"
head -c 300000 "$source_dir/geodata/panama.gpkg" >"$work/truncated/geodata/panama.gpkg"
expect 1 "panama.gpkg" -- env ITINERA_DATA_DIR="$work/truncated" "$app" render -o "$work/a.png"
expect 1 "OpenGL 3.3 core is not available" -- env MESA_GL_VERSION_OVERRIDE=3.0 "$app" render -o "$work/a.png"

leftovers=$(find "$work" -name '*.tmp-*' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAIL: temporary files left behind"; failures=$((failures + 1)); }
[ ! -e "$work/a.png" ] || { echo "FAIL: a failed run wrote its output"; failures=$((failures + 1)); }

help="$("$app" --help)"
for verb in render locate validate agenda state bench; do
  grep -q "^  itinera $verb" <<<"$help" || { echo "FAIL: --help does not list $verb"; failures=$((failures + 1)); }
  "$app" "$verb" --help | grep -q -- "--help" || { echo "FAIL: $verb --help"; failures=$((failures + 1)); }
done
"$app" --version | grep -qE "^itinera [0-9]+\.[0-9]+\.[0-9]+$" || { echo "FAIL: --version"; failures=$((failures + 1)); }

finish "bad input"
