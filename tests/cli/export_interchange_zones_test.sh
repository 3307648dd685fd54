#!/usr/bin/env bash
# `itinera export csv|gpkg|kml` of a trip across zones (the made-up Washington, Panama City,
# Mexico City fixture, over the US change to daylight saving time), read back by independent
# readers (Python's csv module, GDAL's ogrinfo, Python's XML parser): each event's date and times
# are its place's local ones, with the zone named; each end of a leg is in its own place's zone.
# The fixture's one Washington event is before the change (EST); a copy adds one after it (EDT).
source "$(dirname "$0")/cli_common.sh"
fixtures="$(dirname "$0")/../fixtures/trips"
trip="$work/tri-capital.geojson"
cp "$fixtures/tri-capital-source.txt" "$work/"
python3 - "$fixtures/tri-capital.geojson" "$trip" <<'PY' || failed "cannot write the copy of the fixture"
import json, sys
trip = json.load(open(sys.argv[1]))
text = open(sys.argv[1].replace(".geojson", "-source.txt"), encoding="utf-8").read().split("\n\n")[3].rstrip()
cite = [{"source": "tri-release", "paragraph": 4, "start": text.index("landing"), "end": len(text)}]
trip["features"].append({"type": "Feature", "id": "arrival-home", "geometry": None, "properties": {
    "type": "event", "kind": "arrival", "title": "Arrival in Washington", "summary": "The envoy lands in Washington.",
    "place": "washington", "start": "2023-03-15T13:00-04:00", "end": "2023-03-15T13:00-04:00",
    "time_precision": "minute", "participants": [{"person": "envoy", "basis": "stated", "citations": cite}],
    "basis": "stated", "citations": cite}})
json.dump(trip, open(sys.argv[2], "w"), indent=2)
PY
"$app" validate "$trip" >"$work/validate.txt" 2>&1 || failed "the copy does not validate: $(cat "$work/validate.txt")"

# The spreadsheet: "date start end time_zone when" of each event.
"$app" export csv "$trip" -o "$work/trip.csv" >/dev/null 2>"$work/csv.err" || failed "export csv exited $?: $(cat "$work/csv.err")"
row() {
  python3 - "$work/trip.csv" "$1" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")):
    if r["id"] == sys.argv[2]:
        print(r["date"], r["start"], r["end"], r.get("time_zone", "(no time_zone column)"), r["when"])
PY
}
for want in "staff-briefing|2023-03-11 10:00 10:00 America/New_York 10:00 EST" \
            "port-meeting|2023-03-13 12:00 18:00 America/Panama afternoon EST" \
            "press-talk|2023-03-14 14:00 14:00 America/Mexico_City 14:00 CST" \
            "arrival-home|2023-03-15 13:00 13:00 America/New_York 13:00 EDT"; do
  got="$(row "${want%%|*}")"
  [ "$got" = "${want#*|}" ] || failed "csv ${want%%|*}: '$got', want '${want#*|}'"
done

# The GeoPackage through ogrinfo: `ogr_fields FILE LAYER ID FIELD...` prints the fields of the
# feature with that id as ogrinfo gives them, "|"-separated.
ogr_fields() {
  local file="$1" layer="$2" id="$3" out="" field value
  shift 3
  for field in "$@"; do
    value="$(ogrinfo -ro -q -where "id='$id'" "$file" "$layer" 2>/dev/null | sed -n "s/^  $field ([A-Za-z]*) = //p")"
    out="$out${out:+|}$value"
  done
  echo "$out"
}
"$app" export gpkg "$trip" -o "$work/trip.gpkg" >/dev/null 2>"$work/gpkg.err" || failed "export gpkg exited $?: $(cat "$work/gpkg.err")"
for want in "press-talk|2023/03/14 14:00:00-06|2023/03/14 14:00:00-06|America/Mexico_City|14:00 CST" \
            "staff-briefing|2023/03/11 10:00:00-05|2023/03/11 10:00:00-05|America/New_York|10:00 EST" \
            "arrival-home|2023/03/15 13:00:00-04|2023/03/15 13:00:00-04|America/New_York|13:00 EDT" \
            "port-meeting|2023/03/13 12:00:00-05|2023/03/13 18:00:00-05|America/Panama|afternoon EST"; do
  got="$(ogr_fields "$work/trip.gpkg" events "${want%%|*}" start end time_zone when)"
  [ "$got" = "${want#*|}" ] || failed "gpkg event ${want%%|*}: '$got', want '${want#*|}'"
done
for want in "to-panama|2023/03/13 08:00:00-04|2023/03/13 12:30:00-05|America/New_York|America/Panama" \
            "home|2023/03/15 08:00:00-06|2023/03/15 13:00:00-04|America/Mexico_City|America/New_York"; do
  got="$(ogr_fields "$work/trip.gpkg" legs "${want%%|*}" depart arrive depart_time_zone arrive_time_zone)"
  [ "$got" = "${want#*|}" ] || failed "gpkg leg ${want%%|*}: '$got', want '${want#*|}'"
done
got="$(ogr_fields "$work/trip.gpkg" places mexico-city time_zone)"
[ "$got" = "America/Mexico_City" ] || failed "gpkg place mexico-city: time_zone '$got'"

# KML: the TimeSpans in the place's offset, the zones as <Data> whose values are the bare names.
"$app" export kml "$trip" -o "$work/trip.kml" >/dev/null 2>"$work/kml.err" || failed "export kml exited $?: $(cat "$work/kml.err")"
python3 - "$work/trip.kml" <<'PY' || failed "trip.kml: the events' and legs' times and zones"
import sys, xml.etree.ElementTree as ET
k = "{http://www.opengis.net/kml/2.2}"
want = {
    "Remarks to reporters": ("2023-03-14T14:00:00-06:00", "2023-03-14T14:00:00-06:00", {"time_zone": "America/Mexico_City"}),
    "Arrival in Washington": ("2023-03-15T13:00:00-04:00", "2023-03-15T13:00:00-04:00", {"time_zone": "America/New_York"}),
    "Test Person: Mexico City (venue not known) to Washington (venue not known)":
        ("2023-03-15T08:00:00-06:00", "2023-03-15T13:00:00-04:00",
         {"depart_time_zone": "America/Mexico_City", "arrive_time_zone": "America/New_York"}),
}
got = {}
for p in ET.parse(sys.argv[1]).getroot().iter(k + "Placemark"):
    name = p.findtext(k + "name")
    if name in want:
        data = {d.get("name"): d.findtext(k + "value") for d in p.iter(k + "Data")}
        got[name] = (p.findtext(f"{k}TimeSpan/{k}begin"), p.findtext(f"{k}TimeSpan/{k}end"), data)
if got != want:
    print("got:", got, "\nwant:", want)
    sys.exit(1)
PY

finish "export interchange zones"
