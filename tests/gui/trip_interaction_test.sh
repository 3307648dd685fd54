#!/usr/bin/env bash
# End to end with the Panama trip: clicking the Darién selects it and its details list the
# Darién tour; dragging the slider moves the time; Right steps to the next event; F5 and Esc
# enter and leave presenter mode. Real input through xdotool under Xvfb.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display
size=1280x800

"$app" --size "$size" --view darien --at 2022-04-18T08:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
[ "$(state_py "len(s['details'])")" = 0 ] || { echo "details listed with nothing selected"; exit 1; }

# Click the Darién where the GUI draws it (the area's own point, away from the site markers).
read -r x y < <("$app" locate --place darien --view darien --size "$size")
xdotool mousemove --window "$window" "$x" "$y" click 1
until_state "s['selected_place'] == 'darien'"
until_state "'darien-tour' in s['details']"

# Drag along the slider's track (where the app says it drew it), from the left to the middle.
time_before=$(state_py "s['time']")
read -r track_x track_y track_w < <(state_py "'%d %d %d' % (s['slider']['track'][0] + 10, s['slider']['track'][1] + s['slider']['track'][3] / 2, s['slider']['track'][2])")
xdotool mousemove --window "$window" "$track_x" "$track_y" mousedown 1
for i in 1 2 3 4 5 6; do xdotool mousemove --window "$window" $((track_x + i * track_w / 12)) "$track_y"; sleep 0.05; done
xdotool mouseup 1
until_state "s['time'] != '$time_before'"

# Right arrow: the clock jumps to the next stop: the start of the next event whose hour is
# known, or the start of the next day holding events whose hour is not known.
after_drag=$(state_py "s['time']")
xdotool mousemove --window "$window" 400 300   # keep the pointer off the panels
xdotool key --window "$window" Right
until_state "s['time'] != '$after_drag'"
"$app" agenda --json >"$work/agenda.json"
python3 - "$state" "$work/agenda.json" "$after_drag" <<'PY'
import json, sys
from datetime import datetime
state, agenda, before = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
now = datetime.fromisoformat(state["time"])
def stop(e):
    start = datetime.fromisoformat(e["start"])
    return start.replace(hour=0, minute=0, second=0) if e["time_precision"] == "day" else start
starts = sorted({stop(e) for e in agenda if e["time_precision"] != "trip"})
later = [t for t in starts if t > datetime.fromisoformat(before)]
assert later and now == later[0], f"expected the next event start {later[:1]}, got {now}"
PY

xdotool key --window "$window" F5
until_state "s['presenter'] == True"
xdotool key --window "$window" Escape
until_state "s['presenter'] == False"

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "selected the Darién, scrubbed, stepped to the next event, presented"
