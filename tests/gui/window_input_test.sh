#!/usr/bin/env bash
# End to end: the app opens a real window under Xvfb and reacts to real input events
# (xdotool): the mouse wheel zooms, a drag pans. Observed through --state-file.
set -euo pipefail
app="$1"
work="$(mktemp -d)"
display=":$((90 + RANDOM % 400))"
cleanup() {
  kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

state="$work/state.json"
"$app" --size 1280x720 --view overview --state-file "$state" &
app_pid=$!

field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$state" "$1"; }
centre_lon() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['centre']['lon'])" "$state"; }
wait_for() {  # wait_for COMMAND...: retry for up to 20 s
  for _ in $(seq 200); do "$@" && return 0; sleep 0.1; done
  echo "timed out waiting for: $*" >&2
  return 1
}

wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
[ "$(field view)" = overview ] || { echo "expected the overview view"; exit 1; }
mpp_before=$(field metres_per_pixel)

xdotool mousemove --window "$window" 640 400
xdotool click --window "$window" 4   # wheel up: zoom in at the cursor
wait_for python3 -c "import json,sys; sys.exit(0 if json.load(open('$state'))['metres_per_pixel'] < $mpp_before else 1)"

lon_before=$(centre_lon)
xdotool mousemove --window "$window" 700 400 mousedown 1
for x in 680 640 600 560 500; do xdotool mousemove --window "$window" "$x" 400; sleep 0.05; done
xdotool mouseup 1
wait_for python3 -c "import json,sys; sys.exit(0 if json.load(open('$state'))['centre']['lon'] > $lon_before + 1e-4 else 1)"

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "window opened, zoomed on a wheel event and panned on a drag"
