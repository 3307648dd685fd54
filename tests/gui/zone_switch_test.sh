#!/usr/bin/env bash
# The reference zone on screen: on the three-capital trip, with the clock in Mexico City, the
# slider's days follow Washington's calendar; T (and the toolbar's "Local days") switches them to
# Mexico City's, each beginning two hours later on the track, and back. `--zone local` starts
# there. Real keys through xdotool under Xvfb; what is shown read from the state file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
trip="$(cd "$(dirname "$0")/../fixtures/trips" && pwd)/tri-capital.geojson"
start_display

days() { state_py "' '.join(d['label'] for d in s['slider']['days'])"; }
# x of the label of 14 March on the slider
tuesday="[d['x'] for d in s['slider']['days'] if d['label'] == 'Tue 14 Mar'][0]"

"$app" "$trip" --size 1600x1000 --at 2023-03-14T14:00-06:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
xdotool windowfocus --sync "$window"
until_state "s['reference_zone'] == {'mode': 'home', 'zone': 'America/New_York'} and len(s['slider']['days']) == 5"
home_days=$(days)
home_x=$(state_py "$tuesday")
# Mexico City's 14 March begins two hours after Washington's: its label moves right.
xdotool key --window "$window" t
until_state "s['reference_zone'] == {'mode': 'local', 'zone': 'America/Mexico_City'} and $tuesday > $home_x + 5"
xdotool key --window "$window" t
until_state "s['reference_zone']['mode'] == 'home' and abs($tuesday - $home_x) < 1"
[ "$(days)" = "$home_days" ] || { echo "FAIL: home days again: $(days), were $home_days"; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

"$app" "$trip" --size 1600x1000 --at 2023-03-14T14:00-06:00 --zone local --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
until_state "s['reference_zone'] == {'mode': 'local', 'zone': 'America/Mexico_City'} and $tuesday > $home_x + 5"
echo "T switched the slider's days from Washington's ($home_days) to Mexico City's and back; --zone local starts there"
