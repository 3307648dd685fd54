# Shared by the GUI tests: an Xvfb display, the app with a state file, and ways to read it.
work="$(mktemp -d)"
state="$work/state.json"
cleanup() {
  kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Xvfb takes a free display number itself and writes it once it accepts clients: a number drawn
# at random was now and then drawn by two tests at once, which then shared one server and each
# other's windows.
start_display() {
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 300); do grep -q . "$work/display" && break; sleep 0.1; done
  grep -q . "$work/display" || { echo "Xvfb did not start"; exit 1; }
  display=":$(head -n 1 "$work/display")"
  export DISPLAY="$display"
}

# click_here [BUTTON]: a real press and release (XTEST, as from the mouse) where the pointer is, held
# 50 ms. A synthetic one sent to the window (xdotool click --window, XSendEvent) was now and then
# lost under load.
click_here() { xdotool mousedown "${1:-1}" sleep 0.05 mouseup "${1:-1}"; }

# point_at X Y: moves the pointer over the app's window and waits until a frame has seen it there.
point_at() {
  xdotool mousemove --window "$window" "$1" "$2"
  until_state "s['pointer'] == [$1, $2]"
}

# state_py EXPR: evaluates a Python expression over the state file's JSON, bound to `s`.
state_py() { python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print($1)" "$state"; }

wait_for() {  # wait_for COMMAND...: retry for up to 60 s of the clock (a loaded CI machine is slow)
  local deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "timed out waiting for: $*" >&2
  [ -f "$state" ] && cat "$state" >&2
  return 1
}

# frames_stand_still: no frame is drawn over two seconds, as when nothing changes.
frames_stand_still() {
  local frames
  frames=$(state_py "s['frames_drawn']")
  sleep 2
  [ "$(state_py "s['frames_drawn']")" = "$frames" ]
}

# until_state PYTHON_CONDITION: waits until the condition over `s` holds.
until_state() { wait_for python3 -c "import json,sys; s=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$state"; }
