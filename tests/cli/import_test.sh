#!/usr/bin/env bash
# `itinera import`: the sample spreadsheet and calendar become trips that validate and whose
# agenda is the expected one; bad rows are all reported at FILE:LINE:COL with nothing written
# (exit 1); ambiguous names list their candidates; --near and a country resolve them; BOM and
# semicolons are read; usage errors exit 2.
set -uo pipefail
app="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$here/fixtures/import"
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

same_json() {  # file, file: equal as JSON
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$1" "$2"
}

# Round trips: import, validate (citations checked against the file beside the trip), agenda.
for kind in csv ics; do
  mkdir "$work/$kind"
  cp "$fixtures/panama-visit.$kind" "$work/$kind/"
  zone=(); [ "$kind" = csv ] && zone=(--time-zone America/Panama)
  "$app" import "$work/$kind/panama-visit.$kind" --title "Panama visit" "${zone[@]}" >"$work/$kind.out" 2>"$work/$kind.err" ||
    failed "import $kind exited $?: $(cat "$work/$kind.err")"
  trip="$work/$kind/panama-visit.geojson"
  [ -s "$trip" ] || failed "import $kind wrote no $trip"
  "$app" validate "$trip" >"$work/$kind.valid" 2>"$work/$kind.verr" || failed "validate $kind: $(cat "$work/$kind.verr")"
  grep -q "valid:" "$work/$kind.valid" || failed "validate $kind: $(cat "$work/$kind.valid")"
  [ -s "$work/$kind.verr" ] && failed "validate $kind printed: $(cat "$work/$kind.verr")"
  "$app" agenda "$trip" --json >"$work/$kind.agenda.json" || failed "agenda $kind exited $?"
  same_json "$work/$kind.agenda.json" "$fixtures/panama-visit.$kind.agenda.json" ||
    failed "agenda of the imported $kind differs: $(diff <(python3 -m json.tool "$work/$kind.agenda.json") <(python3 -m json.tool "$fixtures/panama-visit.$kind.agenda.json"))"
done

# -o elsewhere: written there, with a note that the file must be beside the trip to be checked.
"$app" import "$fixtures/panama-visit.csv" --time-zone America/Panama -o "$work/elsewhere.geojson" >/dev/null 2>"$work/o.err" ||
  failed "import -o exited $?"
grep -q "note: copy panama-visit.csv beside the trip" "$work/o.err" || failed "no note for -o: $(cat "$work/o.err")"

# Bad rows: every problem at once, located, nothing written, exit 1.
cat >"$work/bad.csv" <<'CSV'
date,start,place,title,traveller,colour
2022-04-31,09:00,PTY,Arrival,Ana,red
2022-04-18,9h,PTY,Arrival,Ana,red
2022-04-18,10:00,Qwertyville,Lost city,Ana,red
2022-04-18,11:00,San José,Talks,Ana,red
CSV
expect_exit 1 "bad.csv:1:34: unknown column 'colour'" "$app" import "$work/bad.csv" --time-zone America/Panama
for want in "bad.csv:2:1: unreadable date '2022-04-31'" "bad.csv:3:12: unreadable start '9h'" \
            "bad.csv:4:18: no place named 'Qwertyville'" "bad.csv:5:18: 'San José' is ambiguous" \
            "San José (Costa Rica, division 08, capital" "nothing written (5 problems)"; do
  grep -qF -- "$want" "$work/err.txt" || failed "bad.csv: no '$want' in: $(cat "$work/err.txt")"
done
[ -e "$work/bad.geojson" ] && failed "bad.csv: a trip was written"
[ "$(ls -A "$work" | grep -c geojson)" = 1 ] || failed "stray files: $(ls -A "$work")"

# Two places at once.
printf 'date,start,end,place,title,traveller\n2022-04-18,09:00,11:00,PTY,Meeting,Ana\n2022-04-18,10:00,10:30,\"9.0, -79.5\",Flight,Ana\n' >"$work/clash.csv"
expect_exit 1 "clash.csv:3:12: Ana is in two places at once" "$app" import "$work/clash.csv" --time-zone America/Panama

# BOM, semicolons, a country column and --near resolve San José.
printf '\xef\xbb\xbfDate;Start;End;Place;Country;Title;Traveller\n2022-04-19;10:00;11:00;San José;CR;"Talks; then lunch";Ana\n' >"$work/semi.csv"
"$app" import "$work/semi.csv" --time-zone America/Costa_Rica >/dev/null 2>"$work/semi.err" || failed "semicolons: $(cat "$work/semi.err")"
"$app" validate "$work/semi.geojson" >/dev/null 2>&1 || failed "semicolons: the trip does not validate"
grep -q '"name": "San José"' "$work/semi.geojson" || failed "semicolons: San José not resolved"
grep -q '"title": "Talks; then lunch"' "$work/semi.geojson" || failed "semicolons: the quoted title was split"
printf 'date,start,end,place,title,traveller\n2022-04-19,10:00,11:00,San José,Talks,Ana\n' >"$work/near.csv"
"$app" import "$work/near.csv" --time-zone America/Costa_Rica --near "SJO" >/dev/null 2>"$work/near.err" ||
  failed "--near SJO: $(cat "$work/near.err")"
grep -q 'nearest to SJO (--near)' "$work/near.geojson" || failed "--near: not recorded in the location_basis"

# Usage errors: exit 2; the verb has its help.
"$app" import --help | grep -q -- "--near PLACE|LAT,LON" || failed "import --help does not describe --near"
expect_exit 2 "--time-zone" "$app" import "$fixtures/panama-visit.csv"
expect_exit 2 "--time-zone: 'Mars/Olympus'" "$app" import "$fixtures/panama-visit.csv" --time-zone Mars/Olympus
expect_exit 2 "neither a spreadsheet" "$app" import "$work/trip.txt"
expect_exit 2 "--near: 'San José' is ambiguous" "$app" import "$work/near.csv" --time-zone UTC --near "San José"

[ "$failures" = 0 ] && echo "import: all passed" || { echo "import: $failures failed"; exit 1; }
