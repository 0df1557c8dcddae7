#!/bin/bash
# Runs every fuzz target, one after another, for SECONDS each (default 60), seeded from the test
# fixtures and fuzz/seeds/ (fuzz/seeds/make_seeds.py writes the inputs of issue 12), with memory
# limits that turn an allocation blow-up into a finding: -rss_limit_mb=2048 (the process) and
# -malloc_limit_mb=512 (one allocation). Prints, per target, the executions and any finding.
#   fuzz/run_all.sh [SECONDS] [TARGET...]
cd "$(dirname "$0")"
T=${1:-60}
shift
TARGETS=${*:-fit fit_decoder gpx tcx csv gzip zip any}
FX=../tests/fixtures
declare -A SEEDS=(
  [fit]="$FX/fit $FX/fuzz seeds/fit"
  [fit_decoder]="$FX/fit seeds/fit"
  [gpx]="$FX/gpx"
  [tcx]="$FX/tcx"
  [csv]="$FX/csv seeds/csv"
  [gzip]="seeds/gzip"
  [zip]="seeds/zip"
  [any]="$FX/fit $FX/gpx $FX/csv $FX/fuzz seeds/zip seeds/csv seeds/fit seeds/gzip"
)
for t in $TARGETS; do
  mkdir -p corpus/$t
  echo "== $t (${T}s)"
  cargo +nightly fuzz run -O $t corpus/$t ${SEEDS[$t]} -- \
    -max_total_time=$T -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 -max_len=262144 2>&1 |
    grep -E "Done [0-9]+ runs|ERROR|panicked|SUMMARY|crash-|timeout-|oom-|leak-|slow-unit" | tail -5
  echo "   artifacts: $(ls artifacts/$t 2>/dev/null | wc -l)"
done
