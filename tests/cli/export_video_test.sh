#!/usr/bin/env bash
# `itinera export video`: the file read back with ffprobe (codec, size, rate, frames, length),
# a frame against `render --ui --presenter` at the same moment (PSNR), bad input answered
# before any rendering, a full disk and Ctrl-C leaving nothing behind.
source "$(dirname "$0")/cli_common.sh"

# probe FILE: "codec width height rate frames duration" of the first video stream.
probe() {
  ffprobe -v error -count_frames -select_streams v:0 \
    -show_entries stream=codec_name,width,height,r_frame_rate,nb_read_frames:format=duration \
    -of default=noprint_wrappers=1:nokey=1 "$1" | tr '\n' ' '
}

# The MP4: H.264 at the size, rate and length asked for.
out="$work/mp4"
mkdir "$out"
"$app" export video -o "$out/trip.mp4" --size 640x360 --fps 10 --seconds 3 >"$out/summary.txt" ||
  failed "export video mp4 exited $?"
read -r codec width height rate frames duration <<<"$(probe "$out/trip.mp4")"
[ "$codec $width $height $rate $frames" = "h264 640 360 10/1 30" ] ||
  failed "mp4: got '$codec $width $height $rate $frames', want 'h264 640 360 10/1 30'"
python3 -c "import sys; sys.exit(abs(float('$duration') - 3.0) > 0.05)" || failed "mp4 lasts $duration s, want 3"
grep -qE "trip.mp4: 30 frames, 3.0 s at 10 fps, 640x360, written in [0-9.]+ s \([0-9.]+x real time\)" "$out/summary.txt" ||
  failed "summary line: $(cat "$out/summary.txt")"
[ "$(ls -A "$out" | sort | tr '\n' ' ')" = "summary.txt trip.mp4 " ] || failed "mp4 folder holds: $(ls -A "$out")"

# The GIF: 640x360 at 12 fps by default.
"$app" export video -o "$work/trip.gif" --seconds 2 >/dev/null || failed "export video gif exited $?"
read -r codec width height rate frames duration <<<"$(probe "$work/trip.gif")"
[ "$codec $width $height $frames" = "gif 640 360 24" ] ||
  failed "gif: got '$codec $width $height $frames', want 'gif 640 360 24'"

# Same pixels as the screen: the first frame of a video starting at a moment, against the
# still `render` draws of that moment in presenter mode with the story framed.
at=2022-04-19T14:45
"$app" export video -o "$work/at.mp4" --size 960x540 --fps 10 --seconds 1 --from "$at" --to 2022-04-19T18:00 >/dev/null ||
  failed "export video --from exited $?"
"$app" render --at "$at" --follow --ui --presenter --size 960x540 -o "$work/at.png" || failed "render --presenter exited $?"
ffmpeg -v error -y -i "$work/at.mp4" -frames:v 1 "$work/frame0.png" || failed "cannot decode the first frame"
psnr="$(ffmpeg -v info -i "$work/frame0.png" -i "$work/at.png" -lavfi "[0][1]psnr" -f null - 2>&1 |
  sed -n 's/.*PSNR.* average:\([0-9.inf]*\).*/\1/p')"
echo "first frame against render: PSNR $psnr dB"
python3 -c "import sys; sys.exit(not float('$psnr') >= 35)" || failed "PSNR $psnr dB, want at least 35"

# Bad input is answered before any rendering. Each check starts the app: the unknown format, the
# frame rate's range, MP4's even sides and malformed sizes are checked in process
# (video_format_test.cpp, command_line_test.cpp) and by bad_input_test.sh.
expect_env=SDL_VIDEODRIVER=none
bad="$work/bad"
mkdir "$bad"
expect 2 "needs an output file" -- "$app" export video
expect 2 "unknown kind 'film'" -- "$app" export film -o "$bad/a.mp4"
expect 2 "--fps 0: frame rate must be between" -- "$app" export video -o "$bad/a.mp4" --fps 0
expect 2 "--fps 2.5: expected a whole number" -- "$app" export video -o "$bad/a.mp4" --fps 2.5
expect 2 "--seconds 0: the length must be above 0" -- "$app" export video -o "$bad/a.mp4" --seconds 0
expect 2 "--seconds -5: the length must be above 0" -- "$app" export video -o "$bad/a.mp4" --seconds -5
expect 2 "--seconds soon: expected a length" -- "$app" export video -o "$bad/a.mp4" --seconds soon
expect 2 "--size 8000x4000: each side must be between 2 and 7680" -- "$app" export video -o "$bad/a.mp4" --size 8000x4000
expect 2 "--from 2022-04-20T10:00 is after --to 2022-04-19T10:00" -- \
  "$app" export video -o "$bad/a.mp4" --from 2022-04-20T10:00 --to 2022-04-19T10:00
expect 2 "--from 2021-01-01: .*outside the trip period" -- "$app" export video -o "$bad/a.mp4" --from 2021-01-01
expect 2 "--to tomorrow: cannot read the time" -- "$app" export video -o "$bad/a.mp4" --to tomorrow
expect 2 "--fps is for 'export video'" -- "$app" export slides -o "$bad/a.pdf" --fps 10
expect 2 "--presenter draws the audience screen: give --ui" -- "$app" render --presenter -o "$bad/a.png"
expect 1 "-o .*/missing/a.mp4: no directory" -- "$app" export video -o "$bad/missing/a.mp4"
[ -z "$(ls -A "$bad")" ] || failed "bad input left files behind: $(ls -A "$bad")"

# A full disk (a file size limit, reported rather than fatal): exit 1, nothing left.
full="$work/full"
mkdir "$full"
err="$( (trap '' XFSZ; ulimit -f 64; "$app" export video -o "$full/a.mp4" --size 640x360 --seconds 5 2>&1 >/dev/null) )"
code=$?
[ "$code" -eq 1 ] && grep -q "a.mp4: write failed" <<<"$err" || failed "full disk: exit $code, stderr: $err"
[ -z "$(ls -A "$full")" ] || failed "full disk left files behind: $(ls -A "$full")"

# Ctrl-C or kill once frames are being written (the temporary exists): exit 130 or 143, nothing left.
for sig in SIGINT:130 SIGTERM:143; do
stop="$work/stop-${sig%%:*}"
mkdir "$stop"
python3 - "$app" "$stop" "${sig%%:*}" "${sig##*:}" <<'PY' || failed "interrupting export video with ${sig%%:*}"
import glob, os, signal, subprocess, sys, time
app, folder, name, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
p = subprocess.Popen([app, "export", "video", "-o", f"{folder}/a.mp4", "--size", "640x360"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
deadline = time.time() + 120
while not glob.glob(f"{folder}/.a.part-*.mp4"):
    if p.poll() is not None or time.time() > deadline:
        sys.exit(f"export ended ({p.returncode}) or never started writing")
    time.sleep(0.02)
time.sleep(0.5)
p.send_signal(getattr(signal, name))
code = p.wait(timeout=30)
if code != expected:
    sys.exit(f"exit {code} after {name}, want {expected}; stderr: {p.stderr.read().decode()}")
print(f"export video: {name} -> exit {code}")
PY
[ -z "$(ls -A "$stop")" ] || failed "${sig%%:*} left files behind: $(ls -A "$stop")"
done

finish "export video"
