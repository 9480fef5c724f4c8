#!/usr/bin/env bash
# Health for a 100,000-account book and the two-by-two's repaint with 20,000
# of them, each beside a reference from the same run (see quadrant_bench.cpp).
#   tests/benchmarks/quadrant_bench.sh [BUILD_DIR] [BOOK]
# Without BOOK it generates a 100,000-account demo book once (about a minute).
set -euo pipefail
build=${1:-build/dev}
book=${2:-$build/bench-100k.tenure}
today=2026-11-22
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

[[ -f "$book" ]] || "$build/app/tenure" demo --out "$book" --accounts 100000 --today "$today" >/dev/null
"$build/tests/benchmarks/bench_quadrant" "$book" "$today"
