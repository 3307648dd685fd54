#!/usr/bin/env bash
# Render on demand goes on until ImGui has settled: a click on the speed dropdown, with no
# mouse movement after it, opens its list (which ImGui measures in one frame and shows in the
# next), and the window then goes idle again.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
command -v ffmpeg >/dev/null || { echo "ffmpeg (x11grab) is needed to take the screenshot"; exit 1; }
start_display
width=1280 height=720

"$app" --size "${width}x${height}" --at 2022-04-19T10:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
until_state "s['slider']['track'] is not None"
window=$(xdotool search --sync --name Itinera | head -n 1)
eval "$(xdotool getwindowgeometry --shell "$window")"
# The speed dropdown: in the slider's row of controls, after |<, Play and >| (at UI scale 1).
combo_x=200
combo_y=$(state_py "int(s['slider']['days'][0]['y'] - 28)")
grab() {
  ffmpeg -loglevel error -f x11grab -draw_mouse 0 -video_size "${width}x${height}" -i "$DISPLAY+$X,$Y" -frames:v 1 \
    -f rawvideo -pix_fmt gray -y "$1"
}
xdotool mousemove --window "$window" "$combo_x" "$combo_y"
wait_for frames_stand_still
grab "$work/before.gray"
click_here
sleep 1
wait_for frames_stand_still  # settled: idle again, drawing nothing
grab "$work/after.gray"
changed=$(python3 -c "
import sys
a, b = open(sys.argv[1], 'rb').read(), open(sys.argv[2], 'rb').read()
print(sum(1 for x, y in zip(a, b) if abs(x - y) > 24))" "$work/before.gray" "$work/after.gray")
# The open list of speeds covers at least 100 x 100 pixels; a hover's colour change far fewer.
[ "$changed" -gt 10000 ] || { echo "the speed list did not open on the click ($changed pixels changed)"; exit 1; }
kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "a click with no movement after it opened the speed list ($changed pixels changed), then the window went idle"
