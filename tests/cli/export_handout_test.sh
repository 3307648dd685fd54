#!/usr/bin/env bash
# `itinera export handout`: a PDF briefing book whose pages (pdfinfo), text (pdftotext: every
# event's title and participant, the days, the sources) and fonts (pdffonts: all embedded) are
# read back; bad options, an unwritable folder, a full disk and Ctrl-C leave nothing behind.
source "$(dirname "$0")/cli_common.sh"

"$app" agenda --json >"$work/agenda.json" 2>/dev/null || failed "agenda --json exited $?"

out="$work/out"
mkdir "$out"
start=$(date +%s.%N)
"$app" export handout -o "$out/book.pdf" >"$out/summary.txt" 2>"$work/stderr" || failed "export handout exited $?: $(cat "$work/stderr")"
seconds=$(echo "$(date +%s.%N) - $start" | bc)
echo "export handout took $seconds s"
grep -qE "book.pdf: [0-9]+ pages, A4, written in [0-9.]+ s" "$out/summary.txt" || failed "summary: $(cat "$out/summary.txt")"
pages="$(pdfinfo "$out/book.pdf" | sed -n 's/^Pages: *//p')"
# The cover, at least a page per dated day, the sources.
[ "${pages:-0}" -ge 5 ] || failed "the handout has ${pages:-no} pages, want at least 5"
grep -q "book.pdf: $pages pages" "$out/summary.txt" || failed "the summary's page count: $(cat "$out/summary.txt")"
pdfinfo "$out/book.pdf" | grep -qE "Page size: *595.276 x 841.89 pts \(A4\)" || failed "page size: $(pdfinfo "$out/book.pdf" | grep 'Page size')"
pdftotext -raw "$out/book.pdf" "$work/book.txt" || failed "pdftotext exited $?"
python3 - "$work/agenda.json" "$work/book.txt" <<'PY' || failed "the handout's text"
import json, re, sys
events = json.load(open(sys.argv[1]))
text = re.sub(r"\s+", " ", open(sys.argv[2]).read())
missing = []
for e in events:
    if e["title"] not in text:
        missing.append("title: " + e["title"])
    missing += ["participant: " + p for p in e["participants"] if p not in text]
    if e["time_precision"] != "trip" and e["day"] not in text:
        missing.append("day: " + e["day"])
for must in ["BRIEFING BOOK", "18-20 April 2022", "Travellers", "Sources", "What is not known",
             "U.S. Department of Homeland Security", "Times are local (America/Panama", "Event and place"]:
    if must not in text:
        missing.append(must)
# Every event citing a paragraph refers to its source by number and paragraph.
cited = sum(1 for e in events if any(s.get("paragraph") for s in e["sources"]))
if len(re.findall(r"\[\d+\] ¶\d+", text)) < cited:
    missing.append(f"references: {len(re.findall(r'[[][0-9]+[]] ¶[0-9]+', text))} of {cited}")
# Nothing more precise than the source: the 20th's events are known by their day only.
wednesday = text[text.find("Wednesday 20 April 2022"):]
if re.search(r"\b\d{1,2}:\d{2}\b", wednesday[:wednesday.find("Sources ")]):
    missing.append("an hour on 20 April, whose events are known by the day only")
if missing:
    sys.exit("missing from the handout: " + "; ".join(sorted(set(missing))))
PY
fonts="$(pdffonts "$out/book.pdf" | tail -n +3)"
[ -n "$fonts" ] || failed "pdffonts lists no fonts"
not_embedded="$(awk '{ if ($(NF-4) != "yes") print }' <<<"$fonts")"
[ -z "$not_embedded" ] || failed "fonts not embedded: $not_embedded"
"$app" export handout -o "$out/letter.pdf" --paper letter >/dev/null 2>&1 || failed "--paper letter exited $?"
pdfinfo "$out/letter.pdf" | grep -qE "Page size: *612 x 792 pts \(letter\)" || failed "letter size: $(pdfinfo "$out/letter.pdf" | grep 'Page size')"
[ "$(ls -A "$out" | tr '\n' ' ')" = "book.pdf letter.pdf summary.txt " ] || failed "output folder holds: $(ls -A "$out")"

bad="$work/bad"
mkdir "$bad" "$bad/locked"
chmod 555 "$bad/locked"
expect 2 "--paper a3: expected a4 or letter" -- "$app" export handout -o "$bad/a.pdf" --paper a3
expect 2 "-o .*a.docx: expected a .pdf file" -- "$app" export handout -o "$bad/a.docx"
expect 2 "-o /dev/full: expected a .pdf file" -- "$app" export handout -o /dev/full
expect 2 "needs an output" -- "$app" export handout
expect 2 "--fps is not for 'export handout'" -- "$app" export handout -o "$bad/a.pdf" --fps 30
expect 2 "--paper is for 'export handout'" -- "$app" export slides -o "$bad/a.pdf" --paper a4
expect 1 "-o .*/missing/a.pdf: no directory" -- "$app" export handout -o "$bad/missing/a.pdf"
if [ "$(id -u)" -ne 0 ]; then  # root writes anywhere
  expect 1 "is not writable" -- "$app" export handout -o "$bad/locked/a.pdf"
fi
# A full disk (a file size limit, reported rather than fatal): exit 1, one message, nothing left.
err="$( (trap '' XFSZ; ulimit -f 64; "$app" export handout -o "$bad/full.pdf" 2>&1 >/dev/null) )"
code=$?
[ "$code" -eq 1 ] && grep -q "full.pdf" <<<"$err" || failed "full disk: exit $code, stderr: $err"
chmod 755 "$bad/locked"
[ "$(ls -A "$bad" | tr '\n' ' ')" = "locked " ] && [ -z "$(ls -A "$bad/locked")" ] ||
  failed "bad input left files behind: $(ls -AR "$bad")"

# Ctrl-C while the book is made: exit 130, nothing left.
stop="$work/stop"
mkdir "$stop"
python3 - "$app" "$stop" <<'PY' || failed "interrupting export handout"
import os, signal, subprocess, sys, time
app, folder = sys.argv[1], sys.argv[2]
# A quick machine may finish the book before the signal: then it is tried again, sooner.
for delay in (2.0, 1.0, 0.5, 0.25):
    p = subprocess.Popen([app, "export", "handout", "-o", f"{folder}/book.pdf"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(delay)
    p.send_signal(signal.SIGINT)
    code = p.wait(timeout=60)
    if code == 0:
        os.remove(f"{folder}/book.pdf")
        continue
    break
# 130 once the verb runs; a signal arriving while the process is still starting ends it the
# default way (-2), before anything could be written.
if code not in (130, -signal.SIGINT):
    sys.exit(f"exit {code} after SIGINT, want 130; stderr: {p.stderr.read().decode()}")
print(f"export handout: SIGINT -> exit {code}")
PY
[ -z "$(ls -A "$stop")" ] || failed "Ctrl-C left files behind: $(ls -A "$stop")"

finish "export handout"
