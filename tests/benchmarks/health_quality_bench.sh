#!/usr/bin/env bash
# Health measured on the held-out planted book (600 accounts imported from CSV
# files, nine causes planted on 25 each): per-reason recall and precision, the
# healthy accounts at risk, the quadrants, the health distribution, and the
# time to evaluate 100,000 accounts (see health_quality_bench.cpp).
#   tests/benchmarks/health_quality_bench.sh [BUILD_DIR] [SEED]
set -euo pipefail
build=${1:-build/dev}
seed=${2:-18}
"$build/tests/benchmarks/bench_health_quality" "$seed"
