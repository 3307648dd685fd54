#!/usr/bin/env bash
# The legend, the keys and the title end to end: the window's title names the trip and its
# dates; the legend is on at start and L hides and shows it; ? opens the list of keys, Esc
# closes it; End goes to the end of the story. Real keys through xdotool under Xvfb; what is shown read from the state file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display

"$app" --size 1600x1000 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
title=$(xdotool getwindowname "$window")
[ "$title" = "Secretary Mayorkas in Panama, 18-20 April 2022 - Itinera" ] || { echo "window title: $title"; exit 1; }
xdotool mousemove --window "$window" 400 300

until_state "s['legend'] == True and s['legend_rect'] is not None and s['legend_rect'][3] > 200"
xdotool key --window "$window" l
until_state "s['legend'] == False and s['legend_rect'] is None"
xdotool key --window "$window" l
until_state "s['legend'] == True and s['legend_rect'] is not None"

xdotool key --window "$window" question
until_state "s['keys_shown'] == True"
xdotool key --window "$window" Escape
until_state "s['keys_shown'] == False"

# End: the end of the story (the last traveller leaves), not midnight after the last day.
xdotool key --window "$window" End
until_state "s['time'] == '2022-04-20T17:30-05:00'"

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "title, legend toggled with L, keys listed with ? and closed with Esc, End at the story's end"
