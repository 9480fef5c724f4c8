#!/usr/bin/env bash
# The Retention view's work on a 100,000-account book: read and compute,
# recompute after a filter change, each chart's first render; with the SQL
# and empty-chart references and peak memory.
#   tests/benchmarks/retention_bench.sh [BUILD_DIR] [BOOK] [RUNS]
# Without BOOK it generates a 100,000-account demo book once (about a minute).
set -euo pipefail
build=${1:-build/dev}
book=${2:-$build/bench-100k.tenure}
runs=${3:-5}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

[[ -f "$book" ]] || "$build/app/tenure" demo --out "$book" --accounts 100000 >/dev/null
/usr/bin/time -f "  peak memory: %M KB" "$build/tests/benchmarks/bench_retention" "$book" "$runs"
