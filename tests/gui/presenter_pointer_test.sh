#!/usr/bin/env bash
# Presenter mode hides a resting pointer, as slideshow software does: over a place its hover tip
# and the cursor show; after two seconds without movement both are gone from the audience
# screen, with no input to wake the app; moving the mouse brings them back; a click while they
# are hidden still shows the place's card. Outside presenter mode they stay. Real input through
# xdotool under Xvfb; the tip read by OCR, the cursor as the X server draws it (x11grab).
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
for tool in ffmpeg tesseract; do command -v "$tool" >/dev/null || { echo "$tool is needed"; exit 1; }; done
start_display
# The whole screen, so presenter mode's full screen keeps the size and the framing `locate` gives.
size=1600x1000

"$app" --size "$size" --view darien --at 2022-04-18T08:00 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
window=$(xdotool search --sync --name Itinera | head -n 1)
# The migrant reception station: a marker above where presenter mode puts its card.
read -r x y < <("$app" locate --place san-vicente-erm --view darien --size "$size")

# grab NAME: the window as the display shows it, without and then with the cursor (NAME.png,
# NAME-cursor.png).
grab() {
  eval "$(xdotool getwindowgeometry --shell "$window")"
  for mouse in 0 1; do
    local out="$work/$1.png"; [ "$mouse" = 1 ] && out="$work/$1-cursor.png"
    ffmpeg -loglevel error -f x11grab -draw_mouse "$mouse" -video_size "${WIDTH}x${HEIGHT}" -i "$DISPLAY+$X,$Y" \
      -frames:v 1 -y "$out"
  done
}
# tip_shown NAME: the hover tip's words, read from the grab beside and below the pointer.
tip_shown() {
  ffmpeg -loglevel error -i "$work/$1.png" -vf "crop=600:240:$x:$y" -y "$work/$1-tip.png"
  tesseract "$work/$1-tip.png" - 2>/dev/null | tr '\n' ' ' | grep -Eq "events? here"
}
# cursor_pixels NAME: how many pixels the cursor changes in the grab (none while hidden), in a
# box around the pointer's tip that the hover tip, drawn further right, leaves alone.
cursor_pixels() {
  python3 - "$work/$1.png" "$work/$1-cursor.png" "$x" "$y" <<'PY'
import subprocess, sys
def box(path):
    x, y = int(sys.argv[3]), int(sys.argv[4])
    return subprocess.run(["ffmpeg", "-loglevel", "error", "-i", path, "-vf", f"crop=18:26:{x - 4}:{y - 4}",
                           "-f", "rawvideo", "-pix_fmt", "gray", "-"], check=True, capture_output=True).stdout
a, b = box(sys.argv[1]), box(sys.argv[2])
print(sum(1 for p, q in zip(a, b) if abs(p - q) > 24))
PY
}
# keep_moving, stop_moving: the pointer nudged to and fro over the station every 0.4 s, so it
# never rests for 2 s while a grab is taken, however slow the grab on a loaded machine.
keep_moving() {
  (while xdotool mousemove_relative 1 1 && sleep 0.4 && xdotool mousemove_relative -- -1 -1 && sleep 0.4; do :; done) &
  mover_pid=$!
}
stop_moving() { kill "$mover_pid"; wait "$mover_pid" 2>/dev/null || true; mover_pid=; }
trap '[ -n "${mover_pid:-}" ] && kill "$mover_pid"; cleanup' EXIT
# pointer_is NAME shown|hidden: the tip and the cursor, both shown or both gone.
pointer_is() {
  local cursor; cursor=$(cursor_pixels "$1")
  if [ "$2" = shown ]; then
    tip_shown "$1" || { echo "$1: no hover tip over the station"; exit 1; }
    [ "$cursor" -gt 20 ] || { echo "$1: no cursor ($cursor pixels)"; exit 1; }
  else
    ! tip_shown "$1" || { echo "$1: the hover tip is still shown"; exit 1; }
    [ "$cursor" = 0 ] || { echo "$1: the cursor is still shown ($cursor pixels)"; exit 1; }
  fi
}

# Outside presenter mode a resting pointer stays.
xdotool mousemove --window "$window" "$x" "$y"
sleep 3
grab window-rested
pointer_is window-rested shown

xdotool mousemove --window "$window" 400 300
xdotool key --window "$window" F5
until_state "s['presenter'] == True"
[ "$(state_py "s['card']")" = title ] || { echo "presenting did not start at the title card"; exit 1; }
sleep 1
xdotool mousemove --window "$window" "$x" "$y"
keep_moving
sleep 0.5
grab moved
stop_moving
pointer_is moved shown

sleep 3  # no input: the app wakes on its own to draw the screen without the tip
grab rested
pointer_is rested hidden

keep_moving  # its first nudge is the movement that brings the pointer back
sleep 0.5
grab moved-again
stop_moving
pointer_is moved-again shown

sleep 3
grab rested-again
pointer_is rested-again hidden
click_here
until_state "s['card'] == 'event:darien-tour'"
[ "$(state_py "s['presenter']")" = True ] || { echo "the click left presenter mode"; exit 1; }

kill -0 "$app_pid" || { echo "the app died"; exit 1; }
echo "in presenter mode the tip and cursor hid after 2 s at rest, came back on a move; a click showed $(state_py "s['card']")"
