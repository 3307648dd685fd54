# Shared by the command-line tests: sourced with the app's path as $1. Gives a scratch folder that
# is removed on exit, headless rendering, a failure count and the checks below.
set -uo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=offscreen
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
failures=0
failed() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect CODE PATTERN -- COMMAND...: the command exits CODE and its stderr, kept in $work/err.txt,
# matches the extended regex PATTERN. Set expect_env (e.g. SDL_VIDEODRIVER=none) to run the
# command in a changed environment.
expect() {
  local code="$1" pattern="$2"
  shift 3
  local got
  timeout 120 env ${expect_env:-} "$@" >/dev/null 2>"$work/err.txt"
  got=$?
  [ "$got" -eq "$code" ] && grep -qE -- "$pattern" "$work/err.txt" ||
    failed "$* -> exit $got (want $code), stderr: $(cat "$work/err.txt")"
}

# finish NAME: the test's verdict and exit code.
finish() {
  [ "$failures" -eq 0 ] || { echo "$1: $failures failure(s)"; exit 1; }
  echo "$1: all passed"
}
