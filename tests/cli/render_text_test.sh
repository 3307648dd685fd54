#!/usr/bin/env bash
# What a person reads off the screen: renders of the briefing read back by OCR (tesseract).
# The caption's title and its time with its grade, the big clock, and a presenter card must be
# legible, at 1920x1080 and at 1280x720.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
failures=0
failed() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Renders `name` with the given options and leaves its text, whitespace folded, in $work/name.txt.
read_render() {
  local name="$1"
  shift
  "$app" render "$@" -o "$work/$name.png" >/dev/null 2>&1 || failed "$name: render exited $?"
  tesseract "$work/$name.png" - 2>/dev/null | tr -s ' \n' '  ' >"$work/$name.txt"
}
# Passes when the text of render `name` holds `words`, in order, ignoring case.
expect_text() {
  grep -qiF -- "$2" "$work/$1.txt" || failed "$1: '$2' not read; read: $(head -c 600 "$work/$1.txt")"
}

read_render wide --ui --at 2022-04-19T15:00 --size 1920x1080
expect_text wide "Visit to the Panama Canal locks"
expect_text wide "afternoon (C)"
expect_text wide "19 Apr 2022, afternoon"

read_render small --ui --at 2022-04-19T15:00 --size 1280x720
expect_text small "Panama Canal"
expect_text small "afternoon (C)"

read_render card --ui --presenter --card event:arrival-mayorkas --size 1920x1080
expect_text card "Mayorkas arrives in Panama"
expect_text card "Mon 18 Apr"

[ "$failures" -eq 0 ] && echo "render text: all read" || exit 1
