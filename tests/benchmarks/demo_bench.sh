#!/bin/sh
# Times `tenure demo` at the default size and at 100,000 accounts, beside a
# reference: the sqlite3 shell's .import of a CSV with as many rows, into a
# table shaped like `usage` (the biggest table). Ratios to the reference make
# the figures comparable between machines.
#
# Usage: tests/benchmarks/demo_bench.sh [BUILD_DIR]   (default: build/dev)
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build/dev"}
tenure="$build/app/tenure"
[ -x "$tenure" ] || { echo "no tenure executable at $tenure; build it first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: install the Debian package 'time'" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LOG: prints "wall_seconds peak_rss_mb" from a /usr/bin/time -v log.
measure() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 / 1024 }
        END { printf "%.2f %.0f", s, rss }' "$1"
}

megabytes() { echo "$(($(stat -c %s "$1") / 1048576))"; }

printf '%-9s %10s | %8s %8s %8s | %8s %8s %8s | %s\n' accounts rows "demo s" "RSS MB" "file MB" \
    "ref s" "RSS MB" "file MB" "demo/ref time"
for accounts in 1500 100000; do
    book="$work/demo-$accounts.tenure"
    /usr/bin/time -v -o "$work/demo.time" "$tenure" demo --accounts "$accounts" --seed 1 \
        --today 2025-06-15 --out "$book" >"$work/summary" 2>/dev/null
    rows=$(sed -n 's/.* accounts, \([0-9]*\) rows.*/\1/p' "$work/summary")
    set -- $(measure "$work/demo.time")
    demo_s=$1 demo_rss=$2

    # The same number of rows, unique per (account, day), as a CSV for .import.
    awk -v rows="$rows" 'BEGIN {
        for (i = 0; i < rows; i++) {
            k = i % 150
            printf "%d,2024-%02d-%02d,7,%d,%d,%d\n", int(i / 150), int(k / 28) + 1, k % 28 + 1, i % 40, i % 300, i % 900
        }
    }' >"$work/ref.csv"
    ref="$work/ref-$accounts.db"
    sqlite3 "$ref" "CREATE TABLE usage (account_id INTEGER NOT NULL, period_start TEXT NOT NULL,
        period_days INTEGER NOT NULL, active_users INTEGER NOT NULL, sessions INTEGER NOT NULL,
        key_events INTEGER NOT NULL, PRIMARY KEY (account_id, period_start, period_days))
        WITHOUT ROWID"
    /usr/bin/time -v -o "$work/ref.time" sqlite3 "$ref" ".mode csv" ".import $work/ref.csv usage"
    set -- $(measure "$work/ref.time")
    ref_s=$1 ref_rss=$2

    ratio=$(awk -v a="$demo_s" -v b="$ref_s" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
    printf '%-9s %10s | %8s %8s %8s | %8s %8s %8s | %s\n' "$accounts" "$rows" "$demo_s" "$demo_rss" \
        "$(megabytes "$book")" "$ref_s" "$ref_rss" "$(megabytes "$ref")" "$ratio"
    rm -f "$book" "$ref" "$work/ref.csv"
done
