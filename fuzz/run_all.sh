#!/bin/bash
# Runs every fuzz target for $1 seconds (default 60), seeded from the test fixtures.
cd "$(dirname "$0")"
T=${1:-60}
FX=../tests/fixtures
declare -A SEEDS=([fit]="$FX/fit $FX/fuzz" [fit_decoder]="$FX/fit" [gpx]="$FX/gpx" [tcx]="$FX/tcx" [csv]="$FX/csv" [gzip]="seeds/gzip" [zip]="seeds/zip" [any]="$FX/fit $FX/gpx $FX/csv seeds/zip")
for t in fit fit_decoder gpx tcx csv gzip zip any; do
  mkdir -p corpus/$t
  echo "== $t"
  cargo +nightly fuzz run -O $t corpus/$t ${SEEDS[$t]} -- -max_total_time=$T -timeout=10 -rss_limit_mb=2048 -max_len=262144 2>&1 | grep -E "Done|ERROR|panicked|SUMMARY|crash-|timeout-|oom-|#[0-9]+.*DONE" | tail -5
done
