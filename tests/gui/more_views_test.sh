#!/usr/bin/env bash
# A trip with many places (the generated scale trip: one view per city) keeps its view buttons
# to the toolbar's usual width; the rest are under "More views…", and one chosen there is shown.
# Real input through xdotool under Xvfb.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
tools="$(cd "$(dirname "$0")/../../tools" && pwd)"
python3 "$tools/make-scale-trip.py" "$work/scale.geojson" --seed 7
start_display

"$app" "$work/scale.geojson" --size 1280x800 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
until_state "s['toolbar'] is not None and s['more_views'] is not None"
read -r tx mx my mw mh < <(state_py "'%d %d %d %d %d' % (s['toolbar'][0], *s['more_views'])")
# The row of views ends within the toolbar's usual 480 px.
[ $((mx + mw - tx)) -le 480 ] || { echo "FAIL: the views' row is $((mx + mw - tx)) px wide, past 480"; exit 1; }

# Open the menu, then choose its first entry (just below the button).
xdotool mousemove --window "$window" $((mx + mw / 2)) $((my + mh / 2))
wait_for frames_stand_still
click_here
wait_for frames_stand_still
xdotool mousemove --window "$window" $((mx + 20)) $((my + mh + 18))
wait_for frames_stand_still
click_here
until_state "s['view'] not in ('', 'overview') and not s['follow']"
echo "chosen from the menu: $(state_py "s['view']")"
