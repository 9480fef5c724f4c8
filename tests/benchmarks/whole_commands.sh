#!/usr/bin/env bash
# Tenure's commands timed as a user meets them, the whole process from start
# to exit, each alternated run by run with the tool one would use instead, on
# the same book and data, after checking that both give the same answer:
#   metrics   `tenure metrics --period month --json` against one DuckDB query
#             (peers/movements.cjs) over the book's periods exported to CSV;
#   survival  `tenure survival --json` against R's survfit (peers/survival.R)
#             over the lifetimes that DuckDB query gives;
#   import    `tenure import` of a 1,000,000-line invoice export into a new
#             book against `sqlite3 .import --csv` into a plain table;
#   health, report: Tenure with its derived cache filled by an earlier run
#             (as every run after the first on an unchanged book) against
#             Tenure without it (TENURE_DERIVED_CACHE=off), peak memory too;
#   window    the first painted window and the listed accounts against a
#             bare QMainWindow (bench_startup).
# For each it prints the median and range of the seconds and peak memory of
# PAIRS runs a side, the ratio of the medians and the range of the pairs'
# ratios. The peers' data is prepared before timing starts (not timed).
#
#   tests/benchmarks/whole_commands.sh [BUILD_DIR] [PAIRS] [ONLY]
# BOOK (default BUILD_DIR/bench-100k.tenure, generated once when missing)
# and ROWS (import lines, default 1000000) may be set in the environment;
# ONLY runs one of: metrics survival import health report window.
# Peers: node with @duckdb/node-api (installed once with npm into
# BUILD_DIR/bench-peers), Rscript with Debian's r-cran-survival, sqlite3.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$here/build/dev}" && pwd)
pairs=${2:-7}
only=${3:-}
book=${BOOK:-$build/bench-100k.tenure}
rows=${ROWS:-1000000}
tenure="$build/app/tenure"
peers="$here/tests/benchmarks/peers"
export NODE_PATH="$build/bench-peers/node_modules"
export QT_QPA_PLATFORM=offscreen

need() { command -v "$1" >/dev/null || { echo "$1 is missing: $2" >&2; exit 1; }; }
need /usr/bin/time "apt-get install time"
need sqlite3 "apt-get install sqlite3"
need node "apt-get install nodejs npm"
need Rscript "apt-get install r-base-core r-cran-survival"
[[ -x "$tenure" ]] || { echo "no $tenure: build the tenure target first" >&2; exit 1; }
if [[ ! -d "$NODE_PATH/@duckdb/node-api" ]]; then
    mkdir -p "$build/bench-peers"
    npm install --silent --prefix "$build/bench-peers" @duckdb/node-api >/dev/null
fi

[[ -f "$book" ]] || "$tenure" demo --out "$book" --accounts 100000 >/dev/null
as_of=$(sqlite3 "$book" "SELECT coalesce((SELECT value FROM book_meta WHERE key = 'demo_today'), date('now'))")
currencies=$(sqlite3 "$book" "SELECT count(DISTINCT currency) FROM subscription_periods")
conventions=$(sqlite3 "$book" "SELECT count(*) FROM book_meta WHERE (key = 'churn_recognition' AND value = 'cancellation') OR (key = 'retention_method' AND value = 'renewal') OR (key = 'reactivation_window_months' AND value <> '0')")
if [[ "$currencies" != 1 || "$conventions" != 0 ]]; then
    echo "the peers follow one currency and the default conventions; $book has other" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR="$work/runtime"
export XDG_CACHE_HOME="$work/cache" # the derived cache starts empty
cat "$book" >/dev/null # both sides start with the book in the page cache

source "$here/tests/benchmarks/pairing.sh"

wanted() { [[ -z "$only" || "$only" == "$1" ]]; }

echo "book: $book ($(sqlite3 "$book" "SELECT count(*) FROM accounts") accounts), as of $as_of, $pairs pairs"

if wanted metrics || wanted survival; then
    sqlite3 -csv -header "$book" \
        "SELECT account_id, start_on, end_on, mrr_minor FROM subscription_periods" >"$work/periods.csv"
fi

if wanted metrics; then
    tenure_metrics() { timed "$tenure" metrics --book "$book" --period month --as-of "$as_of" --json >"$work/tenure.json"; }
    duckdb_metrics() { timed node "$peers/movements.cjs" movements "$work/periods.csv" "$as_of" >"$work/peer.json"; }
    tenure_metrics && duckdb_metrics
    node "$peers/samejson.cjs" "$work/tenure.json" "$work/peer.json" | sed 's/^/metrics   /'
    paired metrics tenure_metrics duckdb_metrics
fi

if wanted survival; then
    node "$peers/movements.cjs" lifetimes "$work/periods.csv" "$as_of" >"$work/lifetimes.csv"
    tenure_survival() { timed "$tenure" survival --book "$book" --as-of "$as_of" --json >"$work/tenure.json"; }
    r_survival() { timed Rscript "$peers/survival.R" "$work/lifetimes.csv" >"$work/peer.json"; }
    tenure_survival && r_survival
    # Tenure's table also lists times with only censoring; R's, times with events.
    node -e 'const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].table;
             console.log(JSON.stringify(t.filter((r) => r.events > 0).map((r) =>
                 ({t: r.t, at_risk: r.at_risk, events: r.events, survival: r.survival}))))' \
        "$work/tenure.json" >"$work/tenure-events.json"
    node "$peers/samejson.cjs" "$work/tenure-events.json" "$work/peer.json" 6 | sed 's/^/survival  /'
    paired survival tenure_survival r_survival
fi

if wanted import; then
    "$build/tests/benchmarks/generate_invoices" "$rows" "$work/invoices.csv"
    tenure_import() {
        rm -f "$work/import.tenure"*
        timed "$tenure" import --create --book "$work/import.tenure" "$work/invoices.csv" >/dev/null
    }
    sqlite_import() {
        rm -f "$work/raw.db"
        timed sqlite3 "$work/raw.db" ".import --csv $work/invoices.csv raw"
    }
    tenure_import && sqlite_import
    echo "import    $(sqlite3 "$work/raw.db" "SELECT count(*) FROM raw") lines read by sqlite3;" \
        "tenure booked $(sqlite3 "$work/import.tenure" "SELECT count(*) FROM subscription_periods") periods of them"
    paired import tenure_import sqlite_import
fi

if wanted health; then
    tenure_health() { timed "$tenure" health --book "$book" --as-of "$as_of" --json >"$work/health.json"; }
    uncached_health() { TENURE_DERIVED_CACHE=off timed "$tenure" health --book "$book" --as-of "$as_of" --json >"$work/uncached.json"; }
    tenure_health && uncached_health
    cmp -s "$work/health.json" "$work/uncached.json" || { echo "health: the cached run differs" >&2; exit 1; }
    paired health tenure_health uncached_health uncached
fi

if wanted report; then
    month=${as_of:5:2}
    quarter=$(((10#$month - 1) / 3))
    year=${as_of:0:4}
    ((quarter == 0)) && { quarter=4; year=$((year - 1)); }
    mkdir -p "$work/tables" "$work/uncached-tables"
    tenure_report() { timed "$tenure" report --book "$book" --quarter "${year}Q$quarter" --as-of "$as_of" --out "$work/report.pdf" --csv "$work/tables" >/dev/null 2>&1; }
    uncached_report() { TENURE_DERIVED_CACHE=off timed "$tenure" report --book "$book" --quarter "${year}Q$quarter" --as-of "$as_of" --out "$work/report.pdf" --csv "$work/uncached-tables" >/dev/null 2>&1; }
    tenure_report && tenure_report && uncached_report
    diff -r "$work/tables" "$work/uncached-tables" >/dev/null || { echo "report: the cached run's tables differ" >&2; exit 1; }
    paired report tenure_report uncached_report uncached
fi

if wanted window; then
    startup="$build/tests/benchmarks/bench_startup"
    [[ -x "$startup" ]] || { echo "window: build the bench_startup target first" >&2; exit 1; }
    tenure_window() { timed "$startup" tenure "$book" >/dev/null 2>&1; }
    bare_window() { timed "$startup" bare >/dev/null 2>&1; }
    paired window tenure_window bare_window
fi
