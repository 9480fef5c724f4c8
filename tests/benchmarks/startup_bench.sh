#!/usr/bin/env bash
# Time from launching the process to the first painted frame: the Tenure
# window with a book's accounts listed, beside a bare QMainWindow started the
# same way. Medians of RUNS runs each, and their ratio.
#   tests/benchmarks/startup_bench.sh [BUILD_DIR] [BOOK] [RUNS]
# Without BOOK it generates a 100,000-account demo book once (about a minute).
set -euo pipefail
build=${1:-build/dev}
book=${2:-$build/bench-100k.tenure}
runs=${3:-7}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

[[ -f "$book" ]] || "$build/app/tenure" demo --out "$book" --accounts 100000 --today 2026-11-22 >/dev/null

# measure LINE ARGS...: the median over the runs of the LINE-th printed frame time.
measure() {
    local line=$1 samples=()
    shift
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        end=$("$build/tests/benchmarks/bench_startup" "$@" 2>/dev/null | sed -n "${line}p")
        samples+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

bare=$(measure 1 bare)
window=$(measure 1 tenure "$book")
listed=$(measure 2 tenure "$book")
accounts=$(sqlite3 "$book" 'SELECT count(*) FROM accounts')
echo "from launch to a painted frame, median of $runs runs (ms)"
echo "  bare QMainWindow:                        $bare"
echo "  Tenure window on the book (loading):     $window"
echo "  Tenure window, $accounts accounts listed: $listed"
awk -v w="$window" -v l="$listed" -v b="$bare" 'BEGIN {
    printf "  ratios to bare: window %.2fx, listed %.2fx (goal: within 3x and under 1000 ms)\n", w / b, l / b }'
