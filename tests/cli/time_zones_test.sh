#!/usr/bin/env bash
# A trip across three zones (the made-up Washington, Panama City, Mexico City fixture, over the
# US change to daylight saving time): it validates, `agenda` and `state --json` give local times
# with abbreviations, `render` draws it, and the calendar, spreadsheet and slides carry the right
# instants. The Panama trip, in one zone, shows no abbreviations.
source "$(dirname "$0")/cli_common.sh"
here="$(cd "$(dirname "$0")" && pwd)"
trip="$here/../fixtures/trips/tri-capital.geojson"
panama="$here/../../geodata/trips/panama-2022.geojson"
json() {  # a Python expression on the JSON document `d` read from stdin
  python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"
}

"$app" validate "$trip" >"$work/validate.txt" 2>&1 || failed "validate exited $?: $(cat "$work/validate.txt")"

"$app" agenda "$trip" >"$work/agenda.txt" 2>&1 || failed "agenda exited $?"
for want in "each place's local time" "10:00 EST" "afternoon EST" "14:00 CST"; do
  grep -qF "$want" "$work/agenda.txt" || failed "agenda lacks \"$want\": $(cat "$work/agenda.txt")"
done

# state --at: before the change (EST), on the first leg (both ends), in Mexico City (CST).
state() { "$app" state "$trip" --at "$1" --json 2>"$work/state.err" || failed "state --at $1 exited $?: $(cat "$work/state.err")"; }
[ "$(state 2023-03-11T15:00Z | json 'd["caption"]["when"]')" = "Sat 11 Mar, 10:00 EST" ] || failed "state before the change: $(state 2023-03-11T15:00Z)"
[ "$(state 2023-03-13T14:00Z | json 'd["caption"]["when"]')" = "Mon 13 Mar, dep 08:00 EDT, arr 12:30 EST" ] ||
  failed "state on the first leg: $(state 2023-03-13T14:00Z | json 'd["caption"]')"
talk="$(state 2023-03-14T14:00-06:00 | json 'd["event_times"][0]["local"], d["event_times"][0]["time_zone"], d["event_times"][0]["zone_from"], d["reference_zone"]["zone"]')"
[ "$talk" = "14:00 CST America/Mexico_City the time-zone map America/New_York" ] || failed "state at the talk: $talk"

local="$("$app" state "$trip" --at 2023-03-14T14:00-06:00 --zone local --json 2>/dev/null | json 'd["reference_zone"]["mode"], d["reference_zone"]["zone"]')"
[ "$local" = "local America/Mexico_City" ] || failed "state --zone local: $local"
"$app" state "$trip" --at 2023-03-14T14:00-06:00 --zone utc --json >/dev/null 2>"$work/zone.err"
[ $? = 2 ] && grep -qF -- "--zone" "$work/zone.err" || failed "state --zone utc is not a usage error naming --zone: $(cat "$work/zone.err")"

# The calendar gives each time in its place's zone, with a VTIMEZONE for each: the talk at 14:00
# Mexico City time, the briefing at 10:00 New York time.
"$app" export ics "$trip" -o "$work/trip.ics" >/dev/null 2>&1 || failed "export ics exited $?"
grep -q "^DTSTART;TZID=America/Mexico_City:20230314T140000" "$work/trip.ics" || failed "ics: the talk is not at 14:00 Mexico City time: $(grep DTSTART "$work/trip.ics")"
grep -q "^DTSTART;TZID=America/New_York:20230311T100000" "$work/trip.ics" || failed "ics: the briefing is not at 10:00 New York time"
for zone in America/New_York America/Panama America/Mexico_City; do
  grep -q "^TZID:$zone" "$work/trip.ics" || failed "ics: no VTIMEZONE for $zone"
done
"$app" export csv "$trip" -o "$work/trip.csv" >/dev/null 2>&1 || failed "export csv exited $?"
grep -qF "14:00 CST" "$work/trip.csv" || failed "csv lacks the talk's local time: $(cat "$work/trip.csv")"
"$app" export slides "$trip" -o "$work/slides.pdf" --size 640x360 >/dev/null 2>&1 || failed "export slides exited $?"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/slides.pdf" "$work/slides.txt" && grep -qF "14:00 CST" "$work/slides.txt" || failed "slides lack \"14:00 CST\""
fi
SDL_VIDEODRIVER=offscreen "$app" render "$trip" --at 2023-03-14T14:00-06:00 --ui --size 640x360 -o "$work/render.png" >/dev/null 2>&1 ||
  failed "render exited $?"
[ -s "$work/render.png" ] || failed "render wrote nothing"
# render --zone: the slider's days move with the reference zone (Washington's, or Mexico City's
# two hours later), so the picture changes; the big clock reads 16:00 in Washington, 14:00 there.
for zone in home local; do
  SDL_VIDEODRIVER=offscreen "$app" render "$trip" --at 2023-03-14T14:00-06:00 --ui --zone $zone --size 1280x720 \
    -o "$work/$zone.png" >/dev/null 2>&1 || failed "render --zone $zone exited $?"
done
cmp -s "$work/home.png" "$work/local.png" && failed "render --zone local draws the same as --zone home"
if command -v tesseract >/dev/null; then
  tesseract "$work/home.png" - 2>/dev/null | grep -qF "2023, 16:00" || failed "render --zone home: no 16:00 on the clock"
  tesseract "$work/local.png" - 2>/dev/null | grep -qF "2023, 14:00" || failed "render --zone local: no 14:00 on the clock"
fi
SDL_VIDEODRIVER=offscreen "$app" render "$trip" --ui --zone utc -o "$work/utc.png" >/dev/null 2>"$work/render-zone.err"
[ $? = 2 ] && grep -qF -- "--zone" "$work/render-zone.err" || failed "render --zone utc is not a usage error: $(cat "$work/render-zone.err")"

# One zone: no abbreviation anywhere in Panama's agenda.
"$app" agenda "$panama" >"$work/panama.txt" 2>&1 || failed "agenda (Panama) exited $?"
! grep -qE "[0-9] (EST|EDT|CST)" "$work/panama.txt" || failed "Panama's agenda gained abbreviations"

# The handout says whose local times it gives, as the agenda does.
"$app" export handout "$trip" -o "$work/book.pdf" >/dev/null 2>&1 || failed "export handout exited $?"
pdftotext -raw "$work/book.pdf" - | tr -s ' \n' ' ' | grep -qF "Times are each place's local time" ||
  failed "the handout's time note: $(pdftotext -raw "$work/book.pdf" - | grep -i 'times are')"

finish "time zones"
