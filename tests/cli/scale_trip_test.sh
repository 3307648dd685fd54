#!/usr/bin/env bash
# Scale: a generated trip of 30 days, 10 travellers and 2,000 events in 6 countries
# (tools/make-scale-trip.py) validates within a second of CPU, and `bench TRIP` draws it; the
# scrub's ratio to the software floor is printed beside the bundled trip's.
source "$(dirname "$0")/cli_common.sh"
tools="$(cd "$(dirname "$0")/../../tools" && pwd)"

python3 "$tools/make-scale-trip.py" "$work/scale.geojson" --seed 7 || { echo "FAIL: the generator exited $?"; exit 1; }
python3 "$tools/make-scale-trip.py" "$work/again.geojson" --seed 7
cmp -s "$work/scale.geojson" "$work/again.geojson" || failed "the generator is not deterministic for a seed"

# CPU time (user + system), steadier than the wall clock on a shared machine; both are printed.
/usr/bin/time -f "%e %U %S" -o "$work/time" "$app" validate "$work/scale.geojson" >"$work/summary" 2>"$work/stderr" ||
  failed "validate exited $?: $(cat "$work/stderr")"
grep -q "valid: 60 places, 2000 events, [0-9]* legs, 10 people" "$work/summary" || failed "summary: $(cat "$work/summary")"
read -r wall user sys <"$work/time"
echo "validate: ${wall} s wall, $(echo "$user + $sys" | bc) s CPU"
python3 -c "import sys; sys.exit(not $user + $sys <= 1.0)" || failed "validate took $user + $sys s of CPU, want at most 1"

# A city's view shows the city: framed clear of the ten travellers' tall legend, the marker is
# drawn where `locate` says (the centre dot, in ink), not hidden under the legend.
read -r x y < <("$app" locate --place ciudad-choluteca-hn "$work/scale.geojson" --view ciudad-choluteca-hn --size 1920x1080)
"$app" render "$work/scale.geojson" --view ciudad-choluteca-hn --ui --size 1920x1080 -o "$work/view.png" ||
  failed "render --view exited $?"
dot="$(ffmpeg -loglevel error -i "$work/view.png" -vf "crop=1:1:$x:$y" -f rawvideo -pix_fmt gray - | od -An -tu1 | tr -d ' ')"
[ -n "$dot" ] && [ "$dot" -lt 80 ] || failed "no marker at $x $y in the city's view (grey $dot)"

# ratio OUTPUT: the scrub's p95 ratio to the floor.
ratio() { sed -n 's/^scrub: .*p95 \([0-9.]*\)x the floor.*/\1/p' <<<"$1"; }
scale="$(timeout 240 "$app" bench "$work/scale.geojson" --size 640x360 --frames 10 2>&1)" || failed "bench TRIP exited $?: $scale"
grep -qE "^export: +10 frames at 1920x1080" <<<"$scale" || failed "bench TRIP has no export line: $scale"
panama="$(timeout 240 "$app" bench --size 640x360 --frames 10 2>&1)" || failed "bench exited $?"
echo "scrub p95 to the floor: scale trip $(ratio "$scale")x, Panama $(ratio "$panama")x"
[ -n "$(ratio "$scale")" ] || failed "no scrub line: $scale"
finish "scale trip"
