#!/usr/bin/env bash
# `itinera export ics|csv|gpkg`: the files are written whole (no temporary left beside them),
# a wrong extension is a usage error (2), an unwritable path a failure (1) naming the file.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
failed() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect_exit() {  # want, stderr must name, then the command
  local want="$1" name="$2"
  shift 2
  "$@" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  [ "$code" = "$want" ] || failed "$* exited $code, want $want: $(cat "$work/err.txt")"
  grep -qF -- "$name" "$work/err.txt" || failed "$*: the message does not name $name: $(cat "$work/err.txt")"
}

# The calendar: written, summarised, undated events counted on stderr, nothing else in the folder.
mkdir "$work/ics"
"$app" export ics -o "$work/ics/trip.ics" >"$work/ics.out" 2>"$work/ics.err" || failed "export ics exited $?"
grep -qE "trip.ics: [0-9]+ events" "$work/ics.out" || failed "ics summary: $(cat "$work/ics.out")"
grep -qE "note: [0-9]+ event\(s\) with no known date left out" "$work/ics.err" || failed "ics note: $(cat "$work/ics.err")"
head -1 "$work/ics/trip.ics" | grep -q "BEGIN:VCALENDAR" || failed "trip.ics does not begin a calendar"
[ "$(ls -A "$work/ics")" = "trip.ics" ] || failed "the ics folder holds $(ls -A "$work/ics")"

# The spreadsheet: one row per event (plus the header), written whole.
mkdir "$work/csv"
"$app" export csv -o "$work/csv/trip.csv" >"$work/csv.out" 2>"$work/csv.err" || failed "export csv exited $?"
events="$("$app" agenda --json 2>/dev/null | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')"
grep -qE "trip.csv: $events rows, one per event" "$work/csv.out" || failed "csv summary: $(cat "$work/csv.out") (want $events rows)"
rows="$(python3 -c "import csv, sys; print(len(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))) - 1)" "$work/csv/trip.csv")"
[ "$rows" = "$events" ] || failed "trip.csv has $rows rows, want $events"
[ "$(ls -A "$work/csv")" = "trip.csv" ] || failed "the csv folder holds $(ls -A "$work/csv")"

for kind in ics csv; do
  expect_exit 2 "trip.txt" "$app" export "$kind" -o "$work/trip.txt"
  expect_exit 2 "expected a file name ending in .$kind" "$app" export "$kind" -o "$work/trip"
  expect_exit 2 "needs an output" "$app" export "$kind"
  expect_exit 1 "$work/missing/trip.$kind" "$app" export "$kind" -o "$work/missing/trip.$kind"
  [ ! -e "$work/trip.txt" ] || failed "export $kind wrote trip.txt"
done
expect_exit 2 "unknown kind 'xls'" "$app" export xls -o "$work/trip.xls"

[ "$failures" -eq 0 ] && echo "export interchange: all checks passed"
exit $((failures > 0))
