#!/usr/bin/env bash
# `itinera export slides`: a PDF with one page per card of the presenter sequence whose text
# (read back with pdftotext) holds every event's title and every participant, and a folder of
# numbered PNGs, one per card; bad -o values and Ctrl-C leave nothing behind.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
failures=0
failed() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$app" agenda --json >"$work/agenda.json" 2>/dev/null || failed "agenda --json exited $?"
# The sequence's length: one card per event, a day overview per dated day, the title and closing cards.
count="$(python3 -c "import json; e = json.load(open('$work/agenda.json')); print(len(e) + 2 + len({x['day'] for x in e if x['time_precision'] != 'trip'}))")"

# The PDF: its page count, and its text.
pdf="$work/pdf"
mkdir "$pdf"
"$app" export slides -o "$pdf/trip.pdf" --size 1280x720 >"$pdf/summary.txt" 2>/dev/null || failed "export slides pdf exited $?"
pages="$(pdfinfo "$pdf/trip.pdf" | sed -n 's/^Pages: *//p')"
[ "$pages" = "$count" ] || failed "the PDF has $pages pages, want $count (one per card)"
pdfinfo "$pdf/trip.pdf" | grep -qE "Page size: *1280 x 720 pts" || failed "page size: $(pdfinfo "$pdf/trip.pdf" | grep 'Page size')"
grep -qE "trip.pdf: $count slides, 1280x720, written in [0-9.]+ s" "$pdf/summary.txt" || failed "summary: $(cat "$pdf/summary.txt")"
pdftotext "$pdf/trip.pdf" "$pdf/trip.txt" || failed "pdftotext exited $?"
python3 - "$work/agenda.json" "$pdf/trip.txt" <<'PY' || failed "the PDF's text"
import json, re, sys
events = json.load(open(sys.argv[1]))
text = re.sub(r"\s+", " ", open(sys.argv[2]).read())
missing = []
for e in events:
    # A statement's card is a quote: it is headed by who said it, not by the event's title.
    if e["kind"] != "statement" and e["title"] not in text:
        missing.append("title: " + e["title"])
    missing += ["participant: " + p for p in e["participants"] if p not in text]
# Every card whose first citation has a paragraph has a source line naming it.
cited = sum(1 for e in events if e["sources"] and e["sources"][0].get("paragraph"))
if len(re.findall(r"paragraph \d+", text)) < cited:
    missing.append(f"source lines: {len(re.findall(r'paragraph [0-9]+', text))} of {cited}")
if "Tuesday 19 April 2022" not in text:
    missing.append("the overview of 19 April")
if "Sources, and what is not known" not in text:
    missing.append("the closing card")
if missing:
    sys.exit("missing from the PDF's text: " + "; ".join(sorted(set(missing))))
PY
[ "$(ls -A "$pdf" | tr '\n' ' ')" = "summary.txt trip.pdf trip.txt " ] || failed "pdf folder holds: $(ls -A "$pdf")"

# The PNG folder: numbered names, one per card, title first and closing last, built whole.
png="$work/png"
mkdir "$png"
"$app" export slides -o "$png/slides/" --size 640x360 >/dev/null 2>&1 || failed "export slides folder exited $?"
names="$(ls "$png/slides")"
[ "$(wc -l <<<"$names")" = "$count" ] || failed "the folder has $(wc -l <<<"$names") files, want $count"
grep -qx "01-title.png" <<<"$names" || failed "no 01-title.png in: $names"
[ "$(tail -1 <<<"$names")" = "$count-closing.png" ] || failed "last file $(tail -1 <<<"$names"), want $count-closing.png"
bad_names="$(grep -vE '^[0-9]{2}-(title|closing|day-[0-9]{4}-[0-9]{2}-[0-9]{2}|event-[a-z0-9-]+|quote-[a-z0-9-]+)\.png$' <<<"$names")"
grep -qx "02-day-2022-04-18.png" <<<"$names" || failed "no overview of 18 April among: $names"
[ -z "$bad_names" ] || failed "unexpected names: $bad_names"
file "$png/slides/01-title.png" | grep -q "640 x 360" || failed "01-title.png: $(file "$png/slides/01-title.png")"
[ "$(ls -A "$png")" = "slides" ] || failed "png folder holds: $(ls -A "$png")"

# expect CODE PATTERN -- COMMAND...: exit code and stderr; SDL cannot start, so these are
# answered before any rendering.
expect() {
  local code="$1" pattern="$2"
  shift 3
  local err
  err="$(SDL_VIDEODRIVER=none timeout 60 "$@" 2>&1 >/dev/null)"
  local got=$?
  [ "$got" -eq "$code" ] && grep -qE -- "$pattern" <<<"$err" || failed "$* -> exit $got (want $code), stderr: $err"
}
bad="$work/bad"
mkdir "$bad" "$bad/full"
touch "$bad/full/x"
expect 2 "-o .*slides.pptx: expected a .pdf file, or a folder" -- "$app" export slides -o "$bad/slides.pptx"
expect 2 "needs an output" -- "$app" export slides
expect 2 "bad size 'wide'" -- "$app" export slides -o "$bad/a.pdf" --size wide
expect 1 "-o .*/missing/a.pdf: no directory" -- "$app" export slides -o "$bad/missing/a.pdf"
expect 1 "the folder exists and is not empty" -- env SDL_VIDEODRIVER=offscreen "$app" export slides -o "$bad/full/"
[ "$(ls -A "$bad" | tr '\n' ' ')" = "full " ] && [ "$(ls -A "$bad/full")" = "x" ] ||
  failed "bad input left files behind: $(ls -AR "$bad")"

# Ctrl-C while the folder is being built: exit 130, nothing left.
stop="$work/stop"
mkdir "$stop"
python3 - "$app" "$stop" <<'PY' || failed "interrupting export slides"
import glob, signal, subprocess, sys, time
app, folder = sys.argv[1], sys.argv[2]
p = subprocess.Popen([app, "export", "slides", "-o", f"{folder}/slides/", "--size", "3840x2160"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
deadline = time.time() + 120
while not glob.glob(f"{folder}/.slides.part-*/01-title.png"):
    if p.poll() is not None or time.time() > deadline:
        sys.exit(f"export ended ({p.returncode}) or never started writing")
    time.sleep(0.02)
p.send_signal(signal.SIGINT)
code = p.wait(timeout=30)
if code != 130:
    sys.exit(f"exit {code} after SIGINT, want 130; stderr: {p.stderr.read().decode()}")
print("export slides: SIGINT -> exit 130")
PY
[ -z "$(ls -A "$stop")" ] || failed "Ctrl-C left files behind: $(ls -A "$stop")"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "export slides: all passed"
