#!/usr/bin/env bash
# Runs every test layer and ends with a pass/fail summary:
#   1. native   — `cargo test`: the pure core (unit, property, reference, snapshot and CLI tests)
#   2. node     — the watch files of `periodize workouts`, decoded by Garmin's FIT SDK (@garmin/fitsdk)
#                 and checked against the plan's JSON (tests/node/*.test.mjs)
#   3. browser  — wasm-bindgen-test in headless Chromium (tests/browser*.rs)
#   4. e2e      — Playwright driving the release build in headless Chromium (tests/e2e/*.test.mjs),
#                 after printing the release dist size report
# Installs whatever is missing first (scripts/setup.sh --browser).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser || { echo "summary: 0 passed, 1 failed (set-up failed)"; exit 1; }
source scripts/env.sh
export CARGO_TERM_COLOR=never
mkdir -p target/test-logs

total_pass=0
total_fail=0
summary=()

# run_layer NAME COMMAND...: runs the command, tees its output to target/test-logs/NAME.log and counts tests.
run_layer() {
  local name=$1
  shift
  local log="target/test-logs/$name.log"
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local pass fail
  pass=$(grep -aoE '(test result: [a-zA-Z]+\. [0-9]+ passed|^(ℹ|#) pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  fail=$(grep -aoE '([0-9]+ failed;|^(ℹ|#) fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  pass=${pass:-0}
  fail=${fail:-0}
  if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi # a build error or crash counts as a failure
  if [ "$pass" -eq 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi  # a layer that ran nothing is a failure
  summary+=("$name: $pass passed, $fail failed")
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
}

run_layer native cargo test --locked

run_layer node node --test --test-reporter=spec --test-reporter-destination=stdout tests/node/

browser_tests=()
for f in tests/browser*.rs; do browser_tests+=(--test "$(basename "$f" .rs)"); done
run_layer browser cargo test --locked --target wasm32-unknown-unknown "${browser_tests[@]}"

e2e() {
  scripts/build.sh || return 1
  node scripts/size-report.mjs dist || echo "size budget exceeded (see above)"
  node --test --test-reporter=spec --test-reporter-destination=stdout tests/e2e/
}
run_layer e2e e2e

echo
echo "=== results"
printf '%s\n' "${summary[@]}"
echo "summary: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
