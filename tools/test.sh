#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless: unit, render (offscreen
# EGL), GUI (Xvfb + xdotool), then the core, the interchange formats and the import
# under ASan/UBSan, and the trip loader fuzzer.
set -euo pipefail  # pipefail: a failing ctest fails the script even through tee
cd "$(dirname "$0")/.."
tools/deps.sh
jobs="$(nproc)"
# A compiler cache, when the machine has one, makes a rebuild of unchanged files nearly free,
# wherever the checkout is (debug line tables would otherwise tie objects to the build folder).
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi

# Tests ctest ran but that skipped themselves ("Skipped") or could not run ("Not Run").
skipped_in() { grep -cE '\*\*\*(Skipped|Not Run)' "$1" || true; }

# One clang build serves the sanitizers and the fuzzer. It builds, tests and fuzzes at the lowest
# priority from the start, in the time the release build (its links, its slowest files) and the
# release tests (many wait on a window or a child) leave the cores idle; the release work keeps
# the machine first. -O1 keeps the fuzzer several times faster
# than -O0; line tables keep the sanitizers' traces.
echo "== Sanitizer build, tests and fuzzing (in the background, at low priority)"
CC=clang CXX=clang++ cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DITINERA_GUI=OFF \
  -DITINERA_SANITIZE=ON -DITINERA_FUZZ=ON >/dev/null
mkdir -p build-sanitize/corpus
sanitized_binaries=(itinera_core_tests itinera_interchange_tests itinera_authoring_tests)
(
  set -e
  nice -n 19 cmake --build build-sanitize -j"$jobs" --target "${sanitized_binaries[@]}" trip_loader_fuzz \
    >build-sanitize/build.log 2>&1 ||
    { echo "sanitizer build failed"; tail -n 50 build-sanitize/build.log; exit 1; }
  # Each binary runs as one process: starting the sanitizers' runtime once per test would cost more
  # than the tests.
  pids=()
  for binary in "${sanitized_binaries[@]}"; do
    (cd build-sanitize/tests && nice -n 19 "./$binary" --gtest_brief=1 >"../$binary.log" 2>&1) &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { echo "${sanitized_binaries[$i]} failed"; exit 1; }
  done
  nice -n 19 build-sanitize/tests/fuzz/trip_loader_fuzz -max_total_time="${ITINERA_FUZZ_SECONDS:-30}" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 build-sanitize/corpus tests/fixtures/trips geodata/trips \
    >build-sanitize/fuzz.log 2>&1 || { echo "fuzzing found a failure"; exit 1; }
) &
sanitize_chain=$!
trap 'pkill -P "$sanitize_chain" 2>/dev/null || true; kill "$sanitize_chain" 2>/dev/null || true' EXIT

echo "== Release build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"

echo "== Release tests"
ctest --test-dir build --output-on-failure -j"$jobs" | tee build/ctest.log
release=$(grep -oE 'out of [0-9]+' build/ctest.log | grep -oE '[0-9]+')
release_skipped=$(skipped_in build/ctest.log)
# A gtest suite is one ctest test: its cases are counted from gtest's own lines in ctest's full log.
ctest_log=build/Testing/Temporary/LastTest.log
suites=$(grep -cE '^\[==========\] [0-9]+ tests? from' "$ctest_log" || true)
cases=$(awk '/^\[==========\] [0-9]+ tests? from/ {n += $2} END {print n + 0}' "$ctest_log")
cases_skipped=$(awk '/^\[  SKIPPED \] [0-9]+ tests?,/ {n += $4} END {print n + 0}' "$ctest_log")
release=$((release - suites + cases))
release_skipped=$((release_skipped + cases_skipped))

echo "== Core, interchange and import tests under AddressSanitizer and UndefinedBehaviorSanitizer; fuzzing"
chain_status=0
wait "$sanitize_chain" || chain_status=$?
sanitizer_logs=("${sanitized_binaries[@]/#/build-sanitize/}")
sanitizer_logs=("${sanitizer_logs[@]/%/.log}")
for log in "${sanitizer_logs[@]}"; do
  [ -f "$log" ] && echo "$log: $(grep -E '^\[  (PASSED|FAILED|SKIPPED) ' "$log" | tr '\n' ' ')"
done
tail -n 30 build-sanitize/fuzz.log 2>/dev/null || true
if [ "$chain_status" -ne 0 ]; then
  for log in "${sanitizer_logs[@]}"; do
    grep -q '^\[  PASSED  \]' "$log" 2>/dev/null || tail -n 80 "$log" 2>/dev/null || true
  done
  exit 1
fi
# gtest's own counts: "[==========] N tests from M test suites ran." and "[  SKIPPED ] N tests".
sanitized=$(awk '/^\[==========\] [0-9]+ tests? from/ {n += $2} END {print n + 0}' "${sanitizer_logs[@]}")
sanitized_skipped=$(awk '/^\[  SKIPPED \] [0-9]+ tests?/ {n += $4} END {print n + 0}' "${sanitizer_logs[@]}")

echo "== Summary: release tests, sanitizer tests, fuzzing"
skipped=$((release_skipped + sanitized_skipped))
echo "$((release + sanitized - skipped)) passed, 0 failed, $skipped skipped"
