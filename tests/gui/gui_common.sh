# Shared by the GUI tests: an Xvfb display, the app with a state file, and ways to read it.
work="$(mktemp -d)"
display=":$((90 + RANDOM % 400))"
state="$work/state.json"
cleanup() {
  kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_display() {
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY="$display"
  for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

# click_here [BUTTON]: a real press and release (XTEST, as from the mouse) where the pointer is, held
# 50 ms. A synthetic one sent to the window (xdotool click --window, XSendEvent) was now and then
# lost under load.
click_here() { xdotool mousedown "${1:-1}" sleep 0.05 mouseup "${1:-1}"; }

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
