#!/usr/bin/env bash
# `itinera render --presenter-view`: the presenter's window drawn with no display, read back from
# the PNG. A card with speaker notes puts text in the notes panel (bottom right), one without
# leaves it bare; the current card is in the left panel; bad combinations are usage errors.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
failures=0
failed() { echo "FAIL: $*"; failures=$((failures + 1)); }

# dark_share FILE X0 Y0 X1 Y1 (fractions of the image): the share of dark (text) pixels there.
dark_share() {
  ffmpeg -loglevel error -i "$1" -f rawvideo -pix_fmt gray - | python3 -c "
import sys
w, h = 1280, 720
g = sys.stdin.buffer.read()
x0, y0, x1, y1 = (float(v) for v in sys.argv[1:5])
box = [g[y * w + x] for y in range(int(y0 * h), int(y1 * h)) for x in range(int(x0 * w), int(x1 * w))]
print(sum(v < 90 for v in box) / len(box))" "$2" "$3" "$4" "$5"
}
more() { python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "$1" "$2"; }

"$app" render --presenter-view --card event:darien-tour --size 1280x720 -o "$work/darien.png" ||
  failed "render --presenter-view exited $?"
"$app" render --presenter-view --card 0 --size 1280x720 -o "$work/title.png" ||
  failed "render --presenter-view --card 0 exited $?"
# The notes panel: the right column's lower part.
notes=$(dark_share "$work/darien.png" 0.60 0.55 0.97 0.95)
bare=$(dark_share "$work/title.png" 0.60 0.55 0.97 0.95)
more "$notes" 0.01 || failed "no notes drawn for the Darién tour (dark share $notes)"
more 0.001 "$bare" || failed "notes drawn for the title card, which has none (dark share $bare)"
# The current card: the left column.
now=$(dark_share "$work/darien.png" 0.03 0.2 0.55 0.9)
more "$now" 0.01 || failed "no current card drawn (dark share $now)"

# Usage errors (2): the presenter view is not the map, and --card needs a card that exists.
"$app" render --presenter-view --ui -o "$work/x.png" 2>/dev/null; [ $? = 2 ] || failed "--presenter-view --ui is not a usage error"
"$app" render --presenter-view --card nope -o "$work/x.png" 2>"$work/err"; [ $? = 2 ] || failed "--card nope is not a usage error"
grep -q -- "--card" "$work/err" || failed "the error does not name --card: $(cat "$work/err")"
[ ! -e "$work/x.png" ] || failed "a usage error left a file"

[ "$failures" = 0 ] && echo "presenter view rendered: notes $notes, none $bare, current card $now"
exit $((failures > 0))
