#!/usr/bin/env bash
# Ctrl-C and kill stop `render`, `bench` and the app once SDL runs: they exit 130 (SIGINT) or
# 143 (SIGTERM), not killed by the signal and not carrying on, and leave no file behind.
source "$(dirname "$0")/cli_common.sh"

# interrupt SIGNAL EXPECTED_CODE WAIT_FOR_FILE COMMAND...: starts COMMAND, waits until it has
# a handler for SIGNAL (SDL is up; before that the signal would simply kill it) and, if given,
# until WAIT_FOR_FILE exists, then sends SIGNAL and checks the exit code and the time taken.
interrupt() {
  python3 - "$@" <<'PY'
import os, signal, subprocess, sys, time
name, expected, wait_for, command = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
what = "the app" if command[1].startswith("-") else command[1]
sig = getattr(signal, name)
p = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
deadline = time.time() + 60
def caught():
    try:
        with open(f"/proc/{p.pid}/status") as f:
            mask = next(int(l.split()[1], 16) for l in f if l.startswith("SigCgt:"))
        return mask >> (sig - 1) & 1
    except (OSError, StopIteration):
        return False
while not (caught() and (wait_for == "-" or os.path.exists(wait_for))):
    if p.poll() is not None or time.time() > deadline:
        sys.exit(f"FAIL: {what}: ended ({p.returncode}) or never caught {name} before being signalled")
    time.sleep(0.02)
time.sleep(0.3)
sent = time.time()
p.send_signal(sig)
try:
    code = p.wait(timeout=30)
except subprocess.TimeoutExpired:
    p.kill()
    sys.exit(f"FAIL: {what} still running 30 s after {name}")
took = time.time() - sent
if code != expected:
    how = f"killed by signal {-code}" if code < 0 else f"exit {code}"
    sys.exit(f"FAIL: {what} after {name}: {how}, expected exit {expected}; stderr: {p.stderr.read().decode()}")
print(f"{what}: {name} -> exit {code} in {took * 1000:.0f} ms")
PY
}

check_empty() {  # check_empty DIR WHAT
  if [ -n "$(ls -A "$1")" ]; then
    echo "FAIL: $2 left files behind: $(ls -A "$1")"
    failures=$((failures + 1))
  fi
}

export SDL_VIDEODRIVER=offscreen
for sig in SIGINT:130 SIGTERM:143; do
  out="$work/render-${sig%%:*}"
  mkdir "$out"
  # Large enough to take seconds: loading, drawing and writing are each interrupted in turn.
  interrupt "${sig%%:*}" "${sig##*:}" - "$app" render --size 8000x8000 -o "$out/big.png" || failures=$((failures + 1))
  check_empty "$out" "render after ${sig%%:*}"
done

interrupt SIGTERM 143 - "$app" bench --size 640x360 --frames 100000 || failures=$((failures + 1))

# The app, in a real window under Xvfb, once its first frame is up.
if command -v Xvfb >/dev/null; then
  display=":$((90 + RANDOM % 400))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 100); do DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  for sig in SIGINT:130 SIGTERM:143; do
    out="$work/app-${sig%%:*}"
    mkdir "$out"
    DISPLAY="$display" SDL_VIDEODRIVER=x11 interrupt "${sig%%:*}" "${sig##*:}" "$out/state.json" \
      "$app" --size 800x600 --state-file "$out/state.json" || failures=$((failures + 1))
    rm -f "$out/state.json"  # the app's output; nothing else may be left beside it
    check_empty "$out" "the app after ${sig%%:*}"
  done
fi

finish interrupt
