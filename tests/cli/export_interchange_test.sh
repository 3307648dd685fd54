#!/usr/bin/env bash
# `itinera export ics|csv|gpkg|kml`: the files are written whole (no temporary left beside them),
# a wrong extension is a usage error (2), an unwritable path a failure (1) naming the file; ogrinfo
# (GDAL) reads back the GeoPackage's and the KML's layers, counts and field types.
source "$(dirname "$0")/cli_common.sh"
trip_file="$(dirname "$0")/../../geodata/trips/panama-2022.geojson"
features() {  # how many features of the bundled trip have properties.type = $1
  python3 -c "import json, sys; print(sum(f['properties'].get('type') == sys.argv[2] for f in json.load(open(sys.argv[1]))['features']))" \
    "$trip_file" "$1"
}
places="$(features place)"
legs="$(features leg)"

# `ogrinfo -so -al FILE` as lines "layer count", one per layer in its order.
layer_counts() {
  ogrinfo -ro -so -al "$1" 2>/dev/null | awk '/^Layer name: /{name=$3} /^Feature Count: /{print name, $3}' | tr '\n' ' '
}
# The type ogrinfo gives field $3 of layer $2 in $1: "DateTime", "String", ...
field_type() {
  ogrinfo -ro -so "$1" "$2" 2>/dev/null | sed -n "s/^$3: \([A-Za-z]*\).*/\1/p"
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
"$app" agenda --json >"$work/agenda.json" 2>/dev/null || failed "agenda --json exited $?"
events="$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/agenda.json")"
grep -qE "trip.csv: $events rows, one per event" "$work/csv.out" || failed "csv summary: $(cat "$work/csv.out") (want $events rows)"
rows="$(python3 -c "import csv, sys; print(len(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))) - 1)" "$work/csv/trip.csv")"
[ "$rows" = "$events" ] || failed "trip.csv has $rows rows, want $events"
[ "$(ls -A "$work/csv")" = "trip.csv" ] || failed "the csv folder holds $(ls -A "$work/csv")"

# The GeoPackage: its positions (read with SQLite) are where `itinera state` puts each traveller.
mkdir "$work/gpkg"
"$app" export gpkg -o "$work/gpkg/trip.gpkg" >"$work/gpkg.out" 2>"$work/gpkg.err" || failed "export gpkg exited $?"
grep -qE "trip.gpkg: [0-9]+ places, $events events, [0-9]+ legs, [0-9]+ positions \(every 5 min\)" "$work/gpkg.out" ||
  failed "gpkg summary: $(cat "$work/gpkg.out")"
[ "$(ls -A "$work/gpkg")" = "trip.gpkg" ] || failed "the gpkg folder holds $(ls -A "$work/gpkg")"
positions="$(sed -nE 's/.* ([0-9]+) positions.*/\1/p' "$work/gpkg.out")"
[ "${positions:-0}" -gt 0 ] || failed "gpkg: no positions in the summary"
got="$(layer_counts "$work/gpkg/trip.gpkg")"
[ "$got" = "places $places events $events legs $legs positions $positions " ] ||
  failed "ogrinfo trip.gpkg: layers and counts '$got', want places $places, events $events, legs $legs, positions $positions"
for field in events:start events:end legs:depart legs:arrive positions:time; do
  type="$(field_type "$work/gpkg/trip.gpkg" "${field%%:*}" "${field#*:}")"
  [ "$type" = "DateTime" ] || failed "ogrinfo trip.gpkg: ${field%%:*}.${field#*:} is '$type', want DateTime"
done
for at in 2022-04-18T14:30 2022-04-19T14:15 2022-04-20T10:00; do
  "$app" state --at "$at" --json >"$work/state.json" 2>/dev/null || failed "state --at $at exited $?"
  python3 - "$work/gpkg/trip.gpkg" "$work/state.json" "$at" <<'PY' || failed "positions at $at"
import json, sqlite3, struct, sys
state = json.load(open(sys.argv[2]))
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT traveller, status, geom FROM positions WHERE time LIKE ? ORDER BY fid",
                  (sys.argv[3] + ":00.000-05:00",)).fetchall()
def point(blob):  # GeoPackage binary: header (8 bytes + envelope), then WKB
    flags = blob[3]
    envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7]
    wkb = blob[8 + envelope:]
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack(order + "dd", wkb[5:21])
want = [(t["id"], t["status"], (t["lon"], t["lat"])) for t in state["travellers"]]
got = [(r[0], r[1], point(r[2])) for r in rows]
ok = len(got) == len(want) and all(g[0] == w[0] and g[1] == w[1] and abs(g[2][0] - w[2][0]) < 1e-6 and
                                   abs(g[2][1] - w[2][1]) < 1e-6 for g, w in zip(got, want))
if not ok:
    print("gpkg:", got, "\nstate:", want)
    sys.exit(1)
PY
done

# KML and KMZ: written whole.
mkdir "$work/kml"
"$app" export kml -o "$work/kml/trip.kml" >"$work/kml.out" 2>"$work/kml.err" || failed "export kml exited $?"
grep -qE "trip.kml: [0-9]+ places, $events events, [0-9]+ legs" "$work/kml.out" || failed "kml summary: $(cat "$work/kml.out")"
python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$work/kml/trip.kml" || failed "trip.kml is not XML"
"$app" export kml -o "$work/kml/trip.kmz" >/dev/null 2>"$work/kmz.err" || failed "export kmz exited $?: $(cat "$work/kmz.err")"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert any(n.endswith('.kml') for n in z.namelist())" \
  "$work/kml/trip.kmz" || failed "trip.kmz is not a zipped KML"
[ "$(ls -A "$work/kml" | tr '\n' ' ')" = "trip.kml trip.kmz " ] || failed "the kml folder holds $(ls -A "$work/kml")"
# GDAL's LIBKML driver reads three layers (the tour adds none) with every place, event and leg.
for file in trip.kml trip.kmz; do
  got="$(layer_counts "$work/kml/$file")"
  [ "$got" = "Places $places Events $events Legs $legs " ] ||
    failed "ogrinfo $file: layers and counts '$got', want Places $places, Events $events, Legs $legs"
done
# The tour: one gx:FlyTo and gx:Wait per card (the title, each day's overview, every event, the
# closing), gx: declared.
days="$(python3 -c "import json, sys; print(len({e['day'] for e in json.load(open(sys.argv[1])) if e['time_precision'] != 'trip'}))" "$work/agenda.json")"
python3 - "$work/kml/trip.kml" "$((events + days))" <<'PY' || failed "trip.kml: the tour"
import sys, xml.etree.ElementTree as ET
gx = "{http://www.google.com/kml/ext/2.2}"
root = ET.parse(sys.argv[1]).getroot()
tours = root.findall(f".//{gx}Tour")
flights, waits = root.findall(f".//{gx}FlyTo"), root.findall(f".//{gx}Wait")
if len(tours) != 1 or len(flights) != len(waits) or len(flights) != int(sys.argv[2]) + 2:
    print(f"{len(tours)} tours, {len(flights)} flights, {len(waits)} waits for {sys.argv[2]} events and days")
    sys.exit(1)
PY

# Each kind names its own extension and writes in its own way; the other checks before any
# writing are the same code for every kind, run once.
for kind in ics csv gpkg kml; do
  expect 2 "expected a file name ending in \.$kind" -- "$app" export "$kind" -o "$work/trip"
  expect 1 "$work/missing/trip\.$kind" -- "$app" export "$kind" -o "$work/missing/trip.$kind"
done
expect 2 "trip\.txt" -- "$app" export gpkg -o "$work/trip.txt"
[ ! -e "$work/trip.txt" ] || failed "export gpkg wrote trip.txt"
expect 2 "needs an output" -- "$app" export csv
expect 2 "unknown kind 'xls'" -- "$app" export xls -o "$work/trip.xls"

finish "export interchange"
