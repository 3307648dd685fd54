#!/usr/bin/env bash
# End to end: the app opens a real window under Xvfb and reacts to real input events
# (xdotool): the mouse wheel zooms, a drag pans. Observed through --state-file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display

"$app" --size 1280x720 --view overview --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
[ "$(state_py "s['view']")" = overview ] || { echo "expected the overview view"; exit 1; }
mpp_before=$(state_py "s['metres_per_pixel']")

xdotool mousemove --window "$window" 500 350
xdotool click --window "$window" 4   # wheel up: zoom in at the cursor
until_state "s['metres_per_pixel'] < $mpp_before"

lon_before=$(state_py "s['centre']['lon']")
xdotool mousemove --window "$window" 600 350 mousedown 1
for x in 580 540 500 460 400; do xdotool mousemove --window "$window" "$x" 350; sleep 0.05; done
xdotool mouseup 1
until_state "s['centre']['lon'] > $lon_before + 1e-4"

# Untouched, the app draws nothing: the frame count stands still.
sleep 1
frames_stand_still || { echo "frames were drawn while idle"; exit 1; }

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "window opened, zoomed on a wheel event, panned on a drag, and drew nothing while idle"
