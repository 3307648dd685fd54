#!/usr/bin/env bash
# The grade EST (an estimate with no source) is shown as "estimate" on every surface: on a trip
# across zones, Washington's winter and Panama's time is also "EST", and "10:00 EST (EST)" would
# read as two zones. A copy of the made-up three-capital fixture estimates the staff briefing's
# time (10:00 EST) and rests the port meeting (afternoon, Panama) on an estimate; the agenda,
# state --json, the spreadsheet, GeoPackage, calendar, KML, slides and handout are read back.
source "$(dirname "$0")/cli_common.sh"
fixtures="$(dirname "$0")/../fixtures/trips"
trip="$work/tri-capital.geojson"
cp "$fixtures/tri-capital-source.txt" "$work/"
python3 - "$fixtures/tri-capital.geojson" "$trip" <<'PY' || failed "cannot write the copy of the fixture"
import json, sys
trip = json.load(open(sys.argv[1]))
estimate = {"kind": "corroborated", "source": "tri-release", "grade": "EST"}
for f in trip["features"]:
    if f["id"] == "staff-briefing":
        f["properties"]["time_basis"] = estimate
    if f["id"] == "port-meeting":
        f["properties"]["basis"] = estimate
json.dump(trip, open(sys.argv[2], "w"), indent=2)
PY
"$app" validate "$trip" >"$work/validate.txt" 2>&1 || failed "the copy does not validate: $(cat "$work/validate.txt")"
json() {  # a Python expression on the JSON document `d` read from stdin
  python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"
}
# has NAME FILE TEXT...: each TEXT is in FILE, its runs of white space read as one space.
has() {
  local name="$1" file="$2" text
  shift 2
  for text in "$@"; do
    tr -s ' \n' '  ' <"$file" | grep -qF -- "$text" || failed "$name lacks \"$text\""
  done
}

"$app" agenda "$trip" >"$work/agenda.txt" 2>&1 || failed "agenda exited $?"
has agenda "$work/agenda.txt" "Meeting with port officials [estimate]" "[estimate]: an estimate with no source"
briefing="$("$app" state "$trip" --at 2023-03-11T15:00Z --json 2>/dev/null)"
[ "$(json 'd["caption"]["when"], d["caption"]["grades"]["time"]' <<<"$briefing")" = "Sat 11 Mar, 10:00 EST (estimate) EST" ] ||
  failed "state at the briefing: $(json 'd["caption"]' <<<"$briefing")"
echo "$briefing" >"$work/state.json"
"$app" state "$trip" --at 2023-03-13T20:00Z --json >"$work/state-port.json" 2>/dev/null || failed "state at the port exited $?"
has "state at the port" "$work/state-port.json" "afternoon EST (estimate)" "(venue not known; place estimate)"

"$app" export csv "$trip" -o "$work/trip.csv" >/dev/null 2>&1 || failed "export csv exited $?"
has csv "$work/trip.csv" "10:00 EST (estimate)" "event estimate; time estimate; place estimate"
"$app" export gpkg "$trip" -o "$work/trip.gpkg" >/dev/null 2>&1 || failed "export gpkg exited $?"
ogrinfo -ro -q "$work/trip.gpkg" events >"$work/gpkg.txt" 2>&1 || failed "ogrinfo exited $?"
has gpkg "$work/gpkg.txt" "10:00 EST (estimate)" "time estimate"
"$app" export ics "$trip" -o "$work/trip.ics" >/dev/null 2>&1 || failed "export ics exited $?"
# A calendar folds its lines at 75 octets: unfolded first.
python3 -c "import sys; print(open(sys.argv[1]).read().replace('\r\n ', '').replace('\\\\n', '\n'))" "$work/trip.ics" >"$work/ics.txt"
has ics "$work/ics.txt" "Basis: corroborated (estimate)"
"$app" export kml "$trip" -o "$work/trip.kml" >/dev/null 2>&1 || failed "export kml exited $?"
has kml "$work/trip.kml" "10:00 EST (estimate)"
"$app" export slides "$trip" -o "$work/slides.pdf" --size 640x360 >/dev/null 2>&1 || failed "export slides exited $?"
pdftotext "$work/slides.pdf" "$work/slides.txt" || failed "pdftotext (slides) exited $?"
has slides "$work/slides.txt" "10:00 EST (estimate)"
"$app" export handout "$trip" -o "$work/book.pdf" >/dev/null 2>&1 || failed "export handout exited $?"
pdftotext -raw "$work/book.pdf" "$work/book.txt" || failed "pdftotext (handout) exited $?"
has handout "$work/book.txt" "(estimate): an estimate with no source" "10:00 EST (estimate)" "corroborated (estimate)"

# Nowhere is the grade shown as EST.
for f in agenda.txt state.json state-port.json trip.csv gpkg.txt ics.txt trip.kml slides.txt book.txt; do
  if tr -s ' \n' '  ' <"$work/$f" | grep -oE ".{0,30}(\(EST\)|\[EST\]|(event|time|place|location) EST\b|; EST\)).{0,10}"; then
    failed "$f shows the grade as EST"
  fi
done

finish "estimate grade"
