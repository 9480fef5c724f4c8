#!/bin/sh
# Times `tenure report` (read the book, compute, paint the PDF) on a
# 100,000-account demo book, headless. The budget is 3 s.
#
# Usage: tests/benchmarks/report_bench.sh [BUILD_DIR] [BOOK] [RUNS]
#   (defaults: build/dev, BUILD_DIR/bench-100k.tenure, 3)
# Without BOOK it generates the 100,000-account book once (about 45 s).
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build/dev"}
book=${2:-"$build/bench-100k.tenure"}
runs=${3:-3}
tenure="$build/app/tenure"
[ -x "$tenure" ] || { echo "no tenure executable at $tenure; build it first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: install the Debian package 'time'" >&2; exit 1; }
[ -f "$book" ] || "$tenure" demo --out "$book" --accounts 100000 >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

# The last complete quarter before today.
month=$(date +%-m)
year=$(date +%Y)
quarter=$(( (month - 1) / 3 ))
[ "$quarter" -eq 0 ] && { quarter=4; year=$((year - 1)); }

best=""
i=1
while [ "$i" -le "$runs" ]; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$tenure" report --book "$book" \
        --quarter "${year}Q${quarter}" --out "$work/report.pdf" >/dev/null
    read -r seconds kilobytes <"$work/time"
    echo "run $i: ${seconds} s, peak memory $((kilobytes / 1024)) MB"
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc)" -eq 1 ]; then best=$seconds; fi
    i=$((i + 1))
done
echo "report ${year}Q${quarter} of a 100,000-account book: best ${best} s (budget 3 s)"
