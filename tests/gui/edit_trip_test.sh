#!/usr/bin/env bash
# Edit mode end to end: a trip imported from the sample spreadsheet is opened with --edit; a
# click on the map adds a place, which is dragged; the form adds an event and its title is typed; Ctrl+Z and Ctrl+Y
# undo and redo the typing; Ctrl+S saves. The file validates, `state` tells the new event, and the
# save changed only what was added. New shows an empty trip, the gazetteer's search adds a place
# and a clicked place is shown before the trip validates. Then a save killed (kill -9) half way through leaves the old
# file whole, and the next start offers the unsaved edits back from the autosave copy.
set -euo pipefail
app="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$(dirname "$0")/gui_common.sh"
start_display

cp "$here/fixtures/import/panama-visit.csv" "$work/"
"$app" import "$work/panama-visit.csv" --time-zone America/Panama --title "Panama visit" >/dev/null
trip="$work/panama-visit.geojson"
cp "$trip" "$work/imported.geojson"

# control NAME: the centre "x y" of the Edit panel's control NAME, from the state file.
control() { state_py "' '.join(str(int(c[k])) for c in s['edit']['controls'] if c['label'] == '$1' for k in ('x', 'y'))"; }
# click_control NAME: clicks the control once a frame has seen the pointer over it where it is
# drawn now (the panel's layout may still move in the frames after a change).
click_control() {
  until_state "any(c['label'] == '$1' for c in s['edit']['controls'])"
  local x y at=""
  for _ in 1 2 3 4 5; do
    read -r x y <<<"$(control "$1")"
    [ "$at" = "$x $y" ] && break
    point_at "$x" "$y"
    at="$x $y"
  done
  click_here
}
start_app() {
  rm -f "$state"
  "$@" "$trip" --edit --size 1280x800 --state-file "$state" &
  app_pid=$!
  wait_for test -s "$state"
  until_state "s.get('edit') is not None"
  window=$(xdotool search --sync --name Itinera | head -n 1)
}

start_app "$app"
until_state "s['edit']['problems'] == 0 and not s['edit']['modified']"

# A place where the map is clicked.
click_control add-place
until_state "s['edit']['adding_places']"
point_at 560 480
click_here
until_state "s['edit']['selected'] == 'new-place' and s['edit']['modified']"

# The new place, with no events yet, has a marker that a drag takes and moves: saved before and
# after, its coordinates go right and up with the pointer.
xdotool key --window "$window" ctrl+s
until_state "not s['edit']['modified']"
coordinates() { python3 -c 'import json,sys; print(*[f["geometry"]["coordinates"] for f in json.load(open(sys.argv[1]))["features"] if f["id"] == "new-place"][0])' "$trip"; }
read -r lon0 lat0 <<<"$(coordinates)"
point_at 560 480
xdotool mousedown 1
for step in 1 2 3 4 5 6 7 8; do
  xdotool mousemove --window "$window" $((560 + step * 5)) $((480 - step * 4))
  sleep 0.1
done
xdotool mouseup 1
until_state "s['edit']['undo'] == 'Move place new-place' and s['edit']['modified']"
xdotool key --window "$window" ctrl+s
until_state "not s['edit']['modified']"
read -r lon1 lat1 <<<"$(coordinates)"
python3 -c "import sys; lon0, lat0, lon1, lat1 = map(float, sys.argv[1:]); dx, dy = lon1 - lon0, lat1 - lat0
assert dx > 0 and dy > 0 and 0.5 < dx / dy < 2.5, ('the drag did not move the place right and up', dx, dy)" \
  "$lon0" "$lat0" "$lon1" "$lat1" || { echo "dragged from $lon0 $lat0 to $lon1 $lat1"; exit 1; }

# An event at it, through the form; its title typed.
click_control add-event
until_state "s['edit']['selected'] == 'new-event'"
click_control title
sleep 0.5  # the field takes the keyboard on the next frame
# The field's text cleared without modifiers (ImGui reads them from SDL's keyboard state), a
# key a frame (ImGui 1.86 sees a key's state, not each press).
xdotool key --window "$window" --delay 150 End $(printf 'BackSpace %.0s' $(seq 12))
sleep 0.3
xdotool type --window "$window" --delay 30 "Harbour talks"
xdotool key --window "$window" Return
until_state "s['edit']['undo'] == 'Edit title' and s['edit']['problems'] == 0"
wait_for frames_stand_still  # the field has let go of the keyboard

# Undo takes the typing back at once, redo brings it again.
point_at 560 600
click_here  # on the map: no field keeps the keyboard
sleep 0.5
xdotool key --window "$window" ctrl+z
until_state "s['edit']['undo'] == 'Add event new-event' and s['edit']['redo'] == 'Edit title'"
xdotool key --window "$window" ctrl+y
until_state "s['edit']['undo'] == 'Edit title' and s['edit']['redo'] == ''"

xdotool key --window "$window" ctrl+s
until_state "not s['edit']['modified']"
[ ! -e "$trip.autosave" ] || { echo "the autosave copy is left after saving"; exit 1; }

"$app" validate "$trip" >/dev/null || { echo "the saved trip does not validate"; "$app" validate "$trip"; exit 1; }
"$app" state "$trip" --at 2022-04-18T17:00 --json | grep -q '"Harbour talks"' ||
  { echo "state does not tell the new event:"; python3 -c 'import json,sys; print([f["properties"].get("title") for f in json.load(open(sys.argv[1]))["features"]])' "$trip"; exit 1; }
# Only what was added: the imported text is all there, the new features after it.
python3 - "$work/imported.geojson" "$trip" <<'PY'
import sys
old, new = open(sys.argv[1]).read(), open(sys.argv[2]).read()
cut = old.rstrip().rstrip('}').rstrip().rstrip(']').rstrip()  # up to the last feature's end
assert new.startswith(cut), "the saved file rewrote the imported text"
added = new[len(cut):]
assert '"id": "new-place"' in added and '"title": "Harbour talks"' in added, added[:400]
PY

# New: the empty trip replaces the old one on the map at once (its clock is the blank trip's);
# the gazetteer's search adds Tocumen by its airport code, and a place clicked on the map is shown
# before the trip validates: a drag takes it.
click_control new
until_state "(s['time'] or '').startswith('2000-01-0') and s['edit']['path'] == '' and not s['edit']['modified']"
click_control search-add
sleep 0.5
xdotool type --window "$window" --delay 30 "PTY"
sleep 0.3  # the last letter's frame first: a key pressed and let go within one frame is missed
xdotool key --window "$window" Return
until_state "any(c['label'] == 'search-add-0' for c in s['edit']['controls'])"
click_control search-add-0
until_state "s['edit']['selected'] == 'tocumen-international-airport' and s['edit']['undo'].startswith('Add place')"
click_control add-place
until_state "s['edit']['adding_places']"
point_at 700 420
click_here
until_state "s['edit']['selected'] == 'new-place' and s['selected_place'] == 'new-place'"
sleep 0.5
xdotool mousedown 1
for step in 1 2 3 4 5; do
  xdotool mousemove --window "$window" $((700 + step * 6)) 420
  sleep 0.1
done
xdotool mouseup 1
until_state "s['edit']['undo'] == 'Move place new-place'"

# Quitting with unsaved changes asks first.
click_control add-place
until_state "s['edit']['adding_places']"  # the click taken before the pointer moves on
point_at 500 420
click_here
until_state "s['edit']['modified']"
xdotool key --window "$window" ctrl+q
until_state "s['edit']['quit_prompt']"
kill -0 "$app_pid" || { echo "the app quit without asking"; exit 1; }
click_control cancel-quit
until_state "not s['edit']['quit_prompt']"
kill -0 "$app_pid" || { echo "Cancel quit the app"; exit 1; }

# A save killed half way (the test hook pauses it there) leaves the file as it was.
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
cp "$trip" "$work/saved.geojson"
rm -f "$trip.autosave"
ITINERA_TEST_SAVE_PAUSE_MS=60000 start_app "$app"
until_state "not s['edit']['recovery']"
click_control add-place
until_state "s['edit']['adding_places']"  # the click taken before the pointer moves on
point_at 500 420
click_here
until_state "s['edit']['modified']"
wait_for test -e "$trip.autosave"  # written within a second of the change
# A second change within that second is written too, though no input wakes the app after it.
click_control add-place
until_state "s['edit']['adding_places']"
point_at 540 440
click_here
until_state "s['edit']['selected'] == 'new-place-3'"
wait_for grep -q '"new-place-3"' "$trip.autosave"
xdotool key --window "$window" ctrl+s
sleep 2  # half written, paused
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true
cmp -s "$trip" "$work/saved.geojson" || { echo "the killed save changed the file"; exit 1; }
"$app" validate "$trip" >/dev/null || { echo "the file does not validate after the killed save"; exit 1; }

# The next start offers the edits back.
start_app "$app"
until_state "s['edit']['recovery']"
click_control recover
until_state "not s['edit']['recovery'] and s['edit']['modified'] and s['edit']['undo'] == 'Recover the unsaved changes'"
echo "edit mode: a place clicked on the map and an event through the form, undone, redone and saved as a small diff; a killed save left the file whole and its edits were offered back"
