#!/usr/bin/env bash
# The team book timed as its users meet it, the whole process from start to
# exit, on a throwaway PostgreSQL server on this machine
# (packaging/dev/pg-cluster.sh), each alternated run by run with its peer:
#   import   `tenure import --book postgresql://…` of a 1,000,000-line
#            invoice export into an empty team book, against `psql \copy` of
#            the same file into a plain table of text columns (goal: 1.5×);
#   read     `tenure metrics --period month --json` of the 100,000-account
#            book uploaded to a team book, against the same command on the
#            book's file (goal: 2×), after checking both print the same:
#            first with nothing kept (the whole book downloaded), then again
#            (the copy kept from the last read, the server having recorded
#            no change since).
# The time a change takes to reach a second window is measured by
# tst_team_book_window ("a colleague's commit shown after N ms").
#
#   tests/benchmarks/team_book.sh [BUILD_DIR] [PAIRS] [ONLY]
# BOOK (default BUILD_DIR/bench-100k.tenure, generated once when missing)
# and ROWS (import lines, default 1000000) may be set in the environment;
# ONLY runs one of: import read.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$here/build/dev}" && pwd)
pairs=${2:-3}
only=${3:-}
book=${BOOK:-$build/bench-100k.tenure}
rows=${ROWS:-1000000}
tenure="$build/app/tenure"
export QT_QPA_PLATFORM=offscreen

command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
[[ -x "$tenure" ]] || { echo "no $tenure: build the tenure target first" >&2; exit 1; }

work=$(mktemp -d /tmp/tenure-team-bench.XXXXXX)
chmod 755 "$work" # the server's user reads the socket folder within
cluster="$work/pg"
trap 'bash "$here/packaging/dev/pg-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash "$here/packaging/dev/pg-cluster.sh" start "$cluster" >/dev/null
server=$(cat "$cluster/uri")
export XDG_CACHE_HOME="$work/cache" # where team books' copies are kept
# The URI of database $1 on the throwaway server.
on() { echo "${server/\/\/\/tenure?/\/\/\/$1?}"; }
sql() { psql -q -v ON_ERROR_STOP=1 -d "$(on tenure)" -c "$1" >/dev/null; }

source "$here/tests/benchmarks/pairing.sh"
wanted() { [[ -z "$only" || "$only" == "$1" ]]; }

if wanted import; then
    "$build/tests/benchmarks/generate_invoices" "$rows" "$work/invoices.csv"
    cat "$work/invoices.csv" >/dev/null
    # An empty team book to clone for each run (cloning is not timed).
    sql "CREATE DATABASE empty_book"
    "$tenure" team init --book "$(on empty_book)" >/dev/null
    columns=$(head -1 "$work/invoices.csv" | awk -F, '{ for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i }')
    run=0
    tenure_import() {
        run=$((run + 1))
        sql "CREATE DATABASE book_$run TEMPLATE empty_book"
        timed "$tenure" import --book "$(on "book_$run")" "$work/invoices.csv" >/dev/null
    }
    psql_copy() {
        sql "DROP DATABASE IF EXISTS raw"
        sql "CREATE DATABASE raw"
        psql -q -d "$(on raw)" -c "CREATE TABLE raw ($columns)" >/dev/null
        timed psql -q -v ON_ERROR_STOP=1 -d "$(on raw)" -c "\\copy raw FROM '$work/invoices.csv' CSV HEADER"
    }
    tenure_import && psql_copy
    echo "import    $(psql -tA -d "$(on raw)" -c "SELECT count(*) FROM raw") lines read by psql;" \
        "tenure booked $(psql -tA -d "$(on "book_$run")" -c "SELECT count(*) FROM subscription_periods") periods of them on the server"
    paired import tenure_import psql_copy "psql"
fi

if wanted read; then
    [[ -f "$book" ]] || "$tenure" demo --out "$book" --accounts 100000 >/dev/null
    as_of=$(sqlite3 "$book" "SELECT coalesce((SELECT value FROM book_meta WHERE key = 'demo_today'), date('now'))")
    sql "CREATE DATABASE bench"
    "$tenure" team init --book "$(on bench)" >/dev/null
    "$tenure" book copy --from "$book" --to "$(on bench)" >/dev/null
    cat "$book" >/dev/null
    server_metrics() { timed "$tenure" metrics --book "$(on bench)" --period month --as-of "$as_of" --json >"$work/server.json"; }
    file_metrics() { timed "$tenure" metrics --book "$book" --period month --as-of "$as_of" --json >"$work/file.json"; }
    first_read() { rm -rf "$XDG_CACHE_HOME"; server_metrics; }
    first_read && file_metrics
    if cmp -s "$work/server.json" "$work/file.json"; then
        echo "read      the server's and the file's metrics are the same ($(wc -c <"$work/file.json") bytes)"
    else
        echo "read      the server's metrics differ from the file's" >&2
        exit 1
    fi
    paired read-1st first_read file_metrics "file"
    server_metrics # keeps the copy the timed runs read
    paired read-kept server_metrics file_metrics "file"
fi
