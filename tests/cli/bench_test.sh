#!/usr/bin/env bash
# `itinera bench` prints every figure the README promises, and runs the software rasteriser
# with one thread more than the machine has cores unless the user chose a number.
set -uo pipefail
app="$1"
export SDL_VIDEODRIVER=offscreen
failures=0

check() {  # check OUTPUT PATTERN WHAT
  if ! grep -qE "$2" <<<"$1"; then
    echo "FAIL: $3: no line matching '$2' in:"
    echo "$1"
    failures=$((failures + 1))
  fi
}

out="$(env -u LP_NUM_THREADS timeout 120 "$app" bench --size 640x360 --frames 5 2>&1)" || {
  echo "FAIL: bench exited with $?: $out"
  exit 1
}
number='[0-9]+\.[0-9]+'
check "$out" "^time to first frame: $number ms after process start" "first frame"
check "$out" "read $number ms, project $number ms, tessellate $number ms" "loading parts"
check "$out" "upload $number ms, first draw $number ms" "drawing parts"
for sequence in tour 'map only' playback scrub; do
  check "$out" "^$sequence: +5 frames at 640x360: p50 $number ms, p95 $number ms, p99 $number ms.*; p95 ${number}x the floor \($number ms\)$" "$sequence"
done
# A short video export through the real writer: as many frames as --frames (at most 60), at 1080p.
check "$out" "^export: +5 frames at 1920x1080, 30 fps MP4: $number frames/s, ${number}x real time; $number ms a frame, ${number}x the floor \($number ms at 640x360\)$" "export"
ls /tmp/itinera-bench-* >/dev/null 2>&1 && { echo "FAIL: the export's temporary video was left behind"; failures=$((failures + 1)); }
check "$out" "^peak RSS: $number MiB" "peak RSS"
cores="$(nproc)"  # the cores this process may run on
check "$out" "software rasteriser threads \(LP_NUM_THREADS\): $((cores + 1))$" "one thread more than cores"

out="$(LP_NUM_THREADS=1 timeout 120 "$app" bench --size 320x240 --frames 2 2>&1)"
check "$out" "software rasteriser threads \(LP_NUM_THREADS\): 1$" "the user's choice is kept"

exit $((failures > 0))
