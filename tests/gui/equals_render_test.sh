#!/usr/bin/env bash
# The window and `itinera render --follow --ui` draw the same frame from the same inputs: at
# the same moment, size and UI scale, a screenshot of the window equals the rendered PNG but
# for the view toolbar, which only the window draws (its place is read from the state file).
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
command -v ffmpeg >/dev/null || { echo "ffmpeg (x11grab) is needed to take the screenshot"; exit 1; }
start_display
width=1280 height=720 at=2022-04-19T10:00

"$app" --size "${width}x${height}" --at "$at" --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
until_state "s['toolbar'] is not None and s['follow']"
window=$(xdotool search --sync --name Itinera | head -n 1)
eval "$(xdotool getwindowgeometry --shell "$window")"
# The pointer off the window (the display is larger), so nothing is hovered.
xdotool mousemove $((X + WIDTH + 20)) $((Y + HEIGHT + 20))
wait_for frames_stand_still  # every level of detail is built and shown: the frame is final
[ "$WIDTH" = "$width" ] && [ "$HEIGHT" = "$height" ] || { echo "window is ${WIDTH}x${HEIGHT}, not ${width}x${height}"; exit 1; }
ffmpeg -loglevel error -f x11grab -draw_mouse 0 -video_size "${width}x${height}" -i "$DISPLAY+$X,$Y" -frames:v 1 \
  -f rawvideo -pix_fmt rgb24 "$work/window.rgb"

"$app" render --at "$at" --follow --ui --size "${width}x${height}" -o "$work/render.png"
ffmpeg -loglevel error -i "$work/render.png" -f rawvideo -pix_fmt rgb24 "$work/render.rgb"

python3 - "$state" "$work/window.rgb" "$work/render.rgb" "$width" "$height" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
window, render = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
w, h = int(sys.argv[4]), int(sys.argv[5])
assert len(window) == len(render) == w * h * 3, (len(window), len(render))
# The toolbar and a pixel around it (its border is anti-aliased).
tx, ty, tw, th = state["toolbar"]
x0, y0, x1, y1 = int(tx) - 2, int(ty) - 2, int(tx + tw) + 2, int(ty + th) + 2
compared = differing = 0
for y in range(h):
    row = y * w * 3
    for x in range(w):
        if x0 <= x < x1 and y0 <= y < y1:
            continue
        i = row + x * 3
        compared += 1
        if max(abs(window[i] - render[i]), abs(window[i + 1] - render[i + 1]), abs(window[i + 2] - render[i + 2])) > 8:
            differing += 1
share = differing / compared
print(f"{differing} of {compared} pixels differ by more than 8 levels ({share:.3%})")
sys.exit(0 if share < 0.005 else 1)
PY
