#!/usr/bin/env bash
# End to end: what moves on its own keeps moving with no further input. Following the story,
# a resized window flies to frame it as a window opened at that size does; a click on a day
# of the slider flies the camera to that day's story; playback runs until paused, and then the app draws
# nothing. Real clicks, keys and resizing (xdotool, Xvfb).
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display
at=2022-04-19T14:45

# How a window opened at 1000x700 frames the story at that time.
"$app" --size 1000x700 --at "$at" --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
read -r lon lat mpp < <(state_py "'%.9f %.9f %.6f' % (s['centre']['lon'], s['centre']['lat'], s['metres_per_pixel'])")
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
rm -f "$state"

# A larger window frames it at another scale; resized to 1000x700, it flies to the same
# centre (within a pixel) and scale (within 0.1%).
"$app" --size 1400x900 --at "$at" --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
[ "$(state_py "abs(s['metres_per_pixel'] - $mpp) > 0.05 * $mpp")" = True ] || {
  echo "expected the larger window to frame the story at another scale"; exit 1; }
xdotool windowsize "$window" 1000 700
until_state "abs(s['metres_per_pixel'] - $mpp) < 1e-3 * $mpp and \
  abs(s['centre']['lon'] - $lon) * 111e3 < $mpp and abs(s['centre']['lat'] - $lat) * 111e3 < $mpp"

# A click on the slider's first day label ("Mon 18 Apr", a button that acts on release, so
# the flight begins in the frame that sees the click) jumps to that day's first event: the
# camera flies to frame the day's story, wider, lands, and then no more frames are drawn.
read -r x y < <(state_py "'%d %d' % (s['slider']['days'][0]['x'], s['slider']['days'][0]['y'])")
xdotool mousemove --window "$window" "$x" "$y" click 1
until_state "s['time'].startswith('2022-04-18') and s['metres_per_pixel'] > 2 * $mpp"
for _ in $(seq 15); do frames_stand_still && break; done  # the flight lands
frames_stand_still || { echo "frames were drawn after the flight"; exit 1; }

# Space plays: with no further input the clock runs on, past an hour of trip time at the
# default 30 minutes a second. Space pauses, and then no frame is drawn.
xdotool mousemove --window "$window" 300 300   # keep the pointer off the panels
xdotool key --window "$window" space
until_state "s['playing'] == True"
start=$(state_py "s['time']")
until_state "__import__('datetime').datetime.fromisoformat(s['time']) >= \
  __import__('datetime').datetime.fromisoformat('$start') + __import__('datetime').timedelta(hours=1)"
xdotool key --window "$window" space
until_state "s['playing'] == False"
sleep 1
frames_stand_still || { echo "frames were drawn while paused"; exit 1; }

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "a resized window framed the story anew; a click on a day flew to its story; playback ran on its own and stopped when paused"
