#!/usr/bin/env bash
# The keyboard alone: Tab focuses the agenda at the clock's event, Down moves to the next row,
# Enter opens it as a click would (the clock goes to it and its place is selected); the map keeps
# Right (the next event) while the agenda has the focus; Esc closes the place, then leaves the
# agenda; on a narrow window Tab reaches the folded tab, Enter opens it and Esc folds it again.
# Real keys through xdotool under Xvfb; what is shown read from the state file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display

"$app" --size 1600x1000 --at 2022-04-18T09:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
xdotool windowfocus --sync "$window"
until_state "s['focus'] == '' and s['selected_place'] is None"

xdotool key --window "$window" Tab
until_state "s['focus'].startswith('agenda:')"
first=$(state_py "s['focus']")
xdotool key --window "$window" Down
until_state "s['focus'].startswith('agenda:') and s['focus'] != '$first'"
row=$(state_py "s['focus'].split(':', 1)[1]")
before=$(state_py "s['time']")
xdotool key --window "$window" Return
# The row's event is among the selected place's, and the clock moved to it.
until_state "s['selected_place'] is not None and '$row' in s['details'] and s['time'] != '$before'"
# The map's keys still work with the agenda focused: Right steps to the next event.
at=$(state_py "s['time']")
xdotool key --window "$window" Right
until_state "s['time'] != '$at' and s['focus'] == 'agenda:$row'"
# Esc closes the place's panel, then leaves the agenda for the map.
xdotool key --window "$window" Escape
until_state "s['selected_place'] is None and s['focus'] == 'agenda:$row'"
xdotool key --window "$window" Escape
until_state "s['focus'] == ''"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

# A narrow window folds the agenda to a tab: Tab, Enter opens it; Esc folds it again.
"$app" --size 1024x768 --at 2022-04-18T09:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
xdotool windowfocus --sync "$window"
until_state "s['focus'] == ''"
xdotool key --window "$window" Tab
until_state "s['focus'] == 'tab'"
xdotool key --window "$window" Return
until_state "s['focus'].startswith('agenda:')"
xdotool key --window "$window" Escape
until_state "s['focus'] == ''"
xdotool key --window "$window" Tab
until_state "s['focus'] == 'tab'"
echo "tabbed to the agenda, moved down a row, opened it with Enter, closed with Esc; the folded tab opened and folded"
