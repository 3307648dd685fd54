#!/usr/bin/env bash
# The presenter view as a second window: `--presenter-display 0` (Xvfb has one display, so it
# opens beside the audience window) starts presenting with both windows up; PageDown in the
# presenter's window steps the audience's card; closing it leaves the app running and presenting;
# P in the audience window opens it again and it stays open, P in its own window closes it, and
# P opens it once more.
# Real keys through xdotool under Xvfb; the cards read from the state file.
set -euo pipefail
app="$1"
source "$(dirname "$0")/gui_common.sh"
start_display

"$app" --size 1280x800 --at 2022-04-18T00:00 --presenter-display 0 --state-file "$state" &
app_pid=$!
wait_for test -s "$state"
until_state "s['presenter'] == True and s['presenter_view']['open'] == True and s['presenter_view']['window_id']"
title=$(state_py "s['presenter_view']['title']")
presenter=$(state_py "s['presenter_view']['window_id']")
# Both windows are on the display, found by their titles.
xdotool search --sync --name "^${title}\$" | grep -qx "$presenter" || { echo "no window '$title' with id $presenter"; exit 1; }
audience=$(xdotool search --name "Itinera\$" | grep -vx "$presenter" | head -n 1)
[ -n "$audience" ] || { echo "no audience window"; exit 1; }
first=$(state_py "s['card']")

# A key in the presenter's window steps the story the audience sees.
xdotool windowfocus --sync "$presenter"
xdotool key --window "$presenter" Next
until_state "s['card'] != '$first'"
second=$(state_py "s['card']")
xdotool key --window "$presenter" Next
until_state "s['card'] != '$second'"
xdotool key --window "$presenter" Prior
until_state "s['card'] == '$second'"

# Closing the presenter's window as a window manager's close button does (WM_DELETE_WINDOW;
# xdotool's windowclose destroys the window under the app instead).
close_window() {
  python3 - "$1" <<'PY'
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("l", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
d = x.XOpenDisplay(None)
e = Event()
e.xclient.type = 33  # ClientMessage
e.xclient.window = int(sys.argv[1])
e.xclient.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
e.xclient.format = 32
e.xclient.l[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
x.XSendEvent(d, int(sys.argv[1]), 0, 0, ctypes.byref(e))
x.XFlush.argtypes = [ctypes.c_void_p]
x.XFlush(d)
PY
}
# Closing it: the app runs on, still presenting the same card.
close_window "$presenter"
until_state "s['presenter_view']['open'] == False"
sleep 0.5
kill -0 "$app_pid" || { echo "the app quit with the presenter view"; exit 1; }
[ "$(state_py "s['presenter'] and s['card']")" = "$second" ] || { echo "the audience screen changed on closing"; exit 1; }
# The audience window still answers.
xdotool windowfocus --sync "$audience"
xdotool key --window "$audience" Next
until_state "s['card'] != '$second'"
third=$(state_py "s['card']")

# P in the audience window opens the presenter view again; it takes the focus while P may still
# be down, and stays open past the keyboard's repeat delay.
xdotool key --window "$audience" p
until_state "s['presenter_view']['open'] == True and s['presenter_view']['window_id']"
sleep 1.5
[ "$(state_py "s['presenter_view']['open']")" = True ] || { echo "the reopened presenter view closed by itself"; exit 1; }
reopened=$(state_py "s['presenter_view']['window_id']")
xdotool search --sync --name "^${title}\$" | grep -qx "$reopened" || { echo "no reopened window $reopened"; exit 1; }
[ "$(state_py "s['presenter'] and s['card']")" = "$third" ] || { echo "reopening changed the audience screen"; exit 1; }
# P in the presenter's own window closes the same view, and P in the audience window opens it once more.
xdotool windowfocus --sync "$reopened"
xdotool key --window "$reopened" p
until_state "s['presenter_view']['open'] == False"
sleep 1
[ "$(state_py "s['presenter_view']['open']")" = False ] || { echo "P in the presenter view did not keep it closed"; exit 1; }
xdotool windowfocus --sync "$audience"
xdotool key --window "$audience" p
until_state "s['presenter_view']['open'] == True"
sleep 1
[ "$(state_py "s['presenter_view']['open']")" = True ] || { echo "the presenter view closed again after opening"; exit 1; }
echo "presenter view: stepped $first -> $second and back, closed it, the app ran on, P reopened, closed and reopened it"
