#!/usr/bin/env bash
# Benchmarks: criterion natively (the planning core and the importers), then the browser benchmark of the
# release build in headless Chromium (first render of a saved season, re-plan + re-render after an edit,
# the import module's FIT decoding against Garmin's JavaScript SDK).
# Figures are printed and written to target/bench-report.txt; README.md quotes them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
mkdir -p target
cargo bench --locked --bench plan --bench history --bench store --bench watch -- --noplot 2>&1 | tee target/bench-native.log
[ -d dist ] && [ -z "${REBUILD:-}" ] || scripts/build.sh
node scripts/size-report.mjs dist | tee target/bench-size.log || true
{ node scripts/browser-bench.mjs && node scripts/bench-ui.mjs dist && node scripts/bench-fit.mjs dist; } | tee target/bench-browser.log
{
  echo "== native (criterion medians)"
  grep -E '^[a-z_/0-9 ]+time:|thrpt:' target/bench-native.log || true
  echo "== size"
  cat target/bench-size.log
  echo "== browser"
  cat target/bench-browser.log
} > target/bench-report.txt
echo "report: target/bench-report.txt"
