#!/usr/bin/env bash
# Whole-process speed comparison: `itinera render --view overview` against Mapnik
# (tools/bench/mapnik_render.py) drawing the same layers at the same size.
# Usage: tools/bench/compare-mapnik.sh [WxH]   (default 1920x1080)
# Environment: RUNS (default 10), WARMUP (default 2).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

SIZE="${1:-1920x1080}"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-2}"
GPKG=geodata/panama.gpkg
ITINERA=build/itinera

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# python3-mapnik installs into the system Python; a pyenv or venv python3 will not see it.
find_python() {
  local py
  for py in python3 /usr/bin/python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import mapnik' 2>/dev/null; then
      echo "$py"
      return 0
    fi
  done
  return 1
}

missing=()
PY=$(find_python) || missing+=(python3-mapnik)
command -v hyperfine >/dev/null || missing+=(hyperfine)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..." >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  PY=$(find_python) || { echo "python3-mapnik installed but no python3 can import mapnik" >&2; exit 1; }
fi

if [[ ! -x $ITINERA ]]; then
  echo "No $ITINERA; building it ..." >&2
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >&2
  cmake --build build -j"$(nproc)" --target itinera >&2
fi
[[ -f $GPKG ]] || { echo "No $GPKG" >&2; exit 1; }

OUT=$(mktemp -d "${TMPDIR:-/tmp}/itinera-vs-mapnik.XXXXXX")
TABLE="$OUT/hyperfine.md"
# Time a snapshot of the binary, so a rebuild during the runs cannot swap it out.
cp "$ITINERA" "$OUT/itinera"
ITINERA_BIN="$OUT/itinera"
export ITINERA_DATA_DIR="$PWD"  # the snapshot lies outside the tree it would find its data in

if [[ -n ${DISPLAY:-} ]]; then
  itinera_cmd="$ITINERA_BIN render --view overview --size $SIZE -o $OUT/itinera.png"
else
  itinera_cmd="SDL_VIDEODRIVER=offscreen $ITINERA_BIN render --view overview --size $SIZE -o $OUT/itinera.png"
fi
mapnik_cmd="$PY tools/bench/mapnik_render.py --gpkg $GPKG --size $SIZE -o $OUT/mapnik.png"

echo "itinera: $(git log -1 --format=%h 2>/dev/null || echo '?') (binary built $(date -r "$ITINERA" '+%F %T'))"
echo "Machine: $(nproc) cores, $(uname -sm); load average:$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ' ?')"
hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-markdown "$TABLE" \
  --export-json "$OUT/hyperfine.json" \
  -n itinera "$itinera_cmd" \
  -n mapnik "$mapnik_cmd"

echo
cat "$TABLE"
echo
"$PY" - "$OUT/hyperfine.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
it, mk = r["itinera"], r["mapnik"]
print("mean  itinera %.3f s, mapnik %.3f s -> mapnik/itinera = %.2fx"
      % (it["mean"], mk["mean"], mk["mean"] / it["mean"]))
print("median itinera %.3f s, mapnik %.3f s -> mapnik/itinera = %.2fx"
      % (it["median"], mk["median"], mk["median"] / it["median"]))
cpu = lambda x: x["user"] + x["system"]
print("cpu   itinera %.3f s, mapnik %.3f s -> mapnik/itinera = %.2fx  (user+system, less sensitive to load)"
      % (cpu(it), cpu(mk), cpu(mk) / cpu(it)))
EOF
echo
echo "PNGs and results in: $OUT"
