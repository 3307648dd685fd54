#!/usr/bin/env bash
# Presenter mode end to end: F5 shows the title card; PageDown and Right step through every card
# of the sequence, once each and in order, to the closing card; PageUp and Left step back; Home
# and End go to the ends; B blanks the screen and B again shows it; the window covers the screen, with
# no window manager, and Escape gives it back its place. Real keys through xdotool under Xvfb; the cards read from the state file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display
size=1280x800

"$app" --size "$size" --at 2022-04-18T00:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
xdotool mousemove --window "$window" 400 300

xdotool key --window "$window" F5
until_state "s['presenter'] == True and s['card'] == 'title'"
# Full screen with no window manager running, as in a kiosk session: the window covers the screen.
geometry() { xdotool getwindowgeometry --shell "$window" | grep -E '^(X|Y|WIDTH|HEIGHT)=' | tr '\n' ' '; }
geometry_is() { [ "$(geometry)" = "$1" ]; }
wait_for geometry_is "X=0 Y=0 WIDTH=1600 HEIGHT=1000 " || { echo "not full screen: $(geometry)"; exit 1; }

# Step through: each key shows a new card until the closing card.
count=0
previous=title
seen="title"
for _ in $(seq 60); do
  key=Next; [ $((count % 2)) = 1 ] && key=Right
  xdotool key --window "$window" "$key"
  until_state "s['card'] != '$previous' or s['card'] == 'closing'"
  previous=$(state_py "s['card']")
  [ "$previous" = closing ] && break
  case " $seen " in *" $previous "*) echo "card $previous shown twice"; exit 1;; esac
  seen="$seen $previous"
  count=$((count + 1))
done
[ "$previous" = closing ] || { echo "never reached the closing card"; exit 1; }
echo "$seen" | grep -q "event:darien-tour" || { echo "no card for the Darién tour: $seen"; exit 1; }
echo "$seen" | grep -q "quote:" || { echo "no quote card: $seen"; exit 1; }
# Past the end stays at the end.
xdotool key --window "$window" Next
sleep 0.5
[ "$(state_py "s['card']")" = closing ] || { echo "stepped past the closing card"; exit 1; }

xdotool key --window "$window" Prior
until_state "s['card'] != 'closing'"
xdotool key --window "$window" Left
last_but_two=$(echo "$seen" | awk '{print $(NF-1)}')
until_state "s['card'] == '$last_but_two'"
xdotool key --window "$window" Home
until_state "s['card'] == 'title'"
xdotool key --window "$window" End
until_state "s['card'] == 'closing'"

# B blanks and unblanks: the window is black while blank, and only then.
# brightest: the brightest grey level in the window, as captured from the X display.
brightest() {
  eval "$(xdotool getwindowgeometry --shell "$window")"
  ffmpeg -loglevel error -f x11grab -draw_mouse 0 -video_size "${WIDTH}x${HEIGHT}" -i "$display+$X,$Y" \
    -frames:v 1 -f rawvideo -pix_fmt gray - | python3 -c "import sys; print(max(sys.stdin.buffer.read()))"
}
[ "$(brightest)" -gt 200 ] || { echo "the closing card is not on screen"; exit 1; }
xdotool key --window "$window" b
until_state "s['blank'] == True"
sleep 0.5
[ "$(brightest)" = 0 ] || { echo "blank screen not black: brightest $(brightest)"; exit 1; }
xdotool key --window "$window" b
until_state "s['blank'] == False and s['card'] == 'closing'"

# Escape leaves presenter mode, and the window is as it was.
xdotool key --window "$window" Escape
until_state "s['presenter'] == False"
wait_for geometry_is "X=160 Y=100 WIDTH=1280 HEIGHT=800 " || { echo "not back in its window: $(geometry)"; exit 1; }

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "presented title to closing card ($count cards between), stepped back, Home, End, blanked, full screen and back"
