#!/usr/bin/env bash
# The Export menu end to end, with real keys and clicks under Xvfb: E opens the dialog; a video
# export started from it runs while the window keeps drawing frames; Cancel leaves no file and no
# temporary file; exported again it completes, and ffprobe reads the frames and size asked for.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display
out="$work/exports"
mkdir "$out"

"$app" --size 1280x720 --at 2022-04-19T14:45 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
xdotool mousemove --window "$window" 400 300

# control LABEL: the centre "x y" of the dialog's control LABEL, from the state file.
control() { state_py "' '.join(str(int(c['x'])) + ' ' + str(int(c['y'])) for c in s['export']['controls'] if c['label'] == '$1')"; }
click() { until_state "any(c['label'] == '$1' for c in s['export']['controls'])"; xdotool mousemove --window "$window" $(control "$1") click 1; }
# fill LABEL TEXT: types TEXT into the field LABEL in place of what it held (a click selects it all).
fill() {
  click "$1"
  sleep 0.2
  xdotool type --window "$window" --delay 20 "$2"
}

xdotool key --window "$window" e
until_state "s['export']['dialog'] == True and s['export']['status'] == 'idle'"
fill path "$out/trip.mp4"
fill width 320
fill height 180
fill fps 10
fill seconds 3000  # long enough to be under way whatever the machine, until Cancel

# Started, it runs between the window's frames: the frame count goes on rising.
click export
until_state "s['export']['status'] == 'running' and s['export']['done'] >= 5"
frames=$(state_py "s['frames_drawn']")
until_state "s['export']['status'] == 'running' and s['frames_drawn'] >= $frames + 10"
[ "$(state_py "s['export']['total']")" = 30000 ] || { echo "want 30000 frames: $(state_py "s['export']")"; exit 1; }

click cancel
until_state "s['export']['status'] == 'cancelled'"
[ -z "$(ls -A "$out")" ] || { echo "cancel left: $(ls -A "$out")"; exit 1; }

# Again, short, to completion: the file where the dialog said, and nothing else beside it.
fill seconds 2
click export
until_state "s['export']['status'] in ('done', 'failed')"
[ "$(state_py "s['export']['status']")" = done ] || { echo "export failed: $(state_py "s['export']")"; exit 1; }
[ "$(state_py "s['export']['path']")" = "$out/trip.mp4" ] || { echo "done with path $(state_py "s['export']['path']")"; exit 1; }
[ "$(ls -A "$out")" = trip.mp4 ] || { echo "export folder holds: $(ls -A "$out")"; exit 1; }
got=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=codec_name,width,height,nb_read_frames \
  -of default=noprint_wrappers=1:nokey=1 "$out/trip.mp4" | tr '\n' ' ')
[ "$got" = "h264 320 180 20 " ] || { echo "ffprobe: '$got', want 'h264 320 180 20 '"; exit 1; }

# The window is still the user's: a key still reaches the map.
xdotool key --window "$window" Escape
until_state "s['export']['dialog'] == False"
kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "exported from the menu: cancelled with nothing left, then $got"
