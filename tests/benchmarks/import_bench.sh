#!/bin/sh
# Imports a generated 1,000,000-row Stripe-style invoice line items export
# (~150 MB, some quoted fields with embedded newlines) with `tenure import`,
# and beside it in the same run loads the same file with the sqlite3 shell's
# `.import --csv` into a plain table. Prints both times, their ratio and our
# peak memory. Goal (issue 3): ratio <= 0.75, peak <= 150 MB. Beside them, the
# time SQLite alone takes to write the same typed rows into the book's schema.
# Then it imports 20 weeks of product usage for every customer of those
# invoices into the same book, week by week as analytics tools export it
# (each week lists every account), and prints that import's time.
#
# Usage: tests/benchmarks/import_bench.sh [BUILD_DIR] [ROWS]   (default: build/dev, 1000000)
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build/dev"}
rows=${2:-1000000}
tenure="$build/app/tenure"
generate="$build/tests/benchmarks/generate_invoices"
for tool in "$tenure" "$generate"; do
    [ -x "$tool" ] || { echo "no $tool; build the targets tenure and generate_invoices first" >&2; exit 1; }
done
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

"$generate" "$rows" "$work/invoices.csv"
size_mb=$(($(stat -c %s "$work/invoices.csv") / 1048576))
# Read the file once so that neither side pays for the first read from disk.
cat "$work/invoices.csv" >/dev/null

/usr/bin/time -v -o "$work/sqlite.time" \
    sqlite3 "$work/raw.db" ".import --csv $work/invoices.csv raw" >/dev/null
/usr/bin/time -v -o "$work/tenure.time" \
    "$tenure" import --create --book "$work/book.tenure" "$work/invoices.csv" >"$work/tenure.out"

set -- $(measure "$work/sqlite.time")
sqlite_s=$1 sqlite_mb=$2
set -- $(measure "$work/tenure.time")
tenure_s=$1 tenure_mb=$2
periods=$(sqlite3 "$work/book.tenure" "SELECT count(*) FROM subscription_periods")

# SQLite's share alone: the rows tenure just wrote, already typed and matched,
# copied into an empty book of the same schema the way the import writes them
# (rollback journal, foreign keys checked once at the end, the account index
# built after the load). No importer can write these rows faster than this.
sqlite3 "$work/book.tenure" .schema >"$work/schema.sql"
sqlite3 "$work/floor.tenure" <<SQL
.read $work/schema.sql
ATTACH '$work/book.tenure' AS done;
CREATE TABLE staged_accounts AS SELECT * FROM done.accounts;
CREATE TABLE staged_ids AS SELECT * FROM done.account_external_ids;
CREATE TABLE staged_periods AS SELECT * FROM done.subscription_periods;
INSERT INTO imports SELECT * FROM done.imports;
SQL
period_columns="id, account_id, source, external_id, plan, start_on, end_on, amount_minor,
    interval_unit, interval_count, quantity, discount_minor, currency, mrr_minor,
    source_status, import_id, canceled_on"
/usr/bin/time -v -o "$work/floor.time" sqlite3 "$work/floor.tenure" <<SQL
PRAGMA journal_mode = DELETE;
PRAGMA cache_size = -32768;
PRAGMA foreign_keys = OFF;
BEGIN;
DROP INDEX subscription_periods_account;
INSERT INTO accounts(id, name, domain, owner, segment, plan, status, import_id)
    SELECT id, name, domain, owner, segment, plan, status, import_id FROM staged_accounts;
INSERT INTO account_external_ids(source, external_id, account_id)
    SELECT source, external_id, account_id FROM staged_ids;
INSERT INTO subscription_periods($period_columns) SELECT $period_columns FROM staged_periods;
CREATE INDEX subscription_periods_account ON subscription_periods(account_id, start_on);
PRAGMA foreign_key_check(accounts);
PRAGMA foreign_key_check(account_external_ids);
PRAGMA foreign_key_check(subscription_periods);
COMMIT;
SQL
set -- $(measure "$work/floor.time")
floor_s=$1
rm -f "$work/floor.tenure"

echo "file: $rows rows, $size_mb MB; tenure wrote $periods subscription periods"
printf '%-36s %8s %10s\n' "" seconds "peak MB"
printf '%-36s %8s %10s\n' "sqlite3 .import --csv" "$sqlite_s" "$sqlite_mb"
printf '%-36s %8s %10s\n' "tenure import" "$tenure_s" "$tenure_mb"
printf '%-36s %8s\n' "SQLite alone writing the typed rows" "$floor_s"
awk -v t="$tenure_s" -v s="$sqlite_s" -v m="$tenure_mb" -v f="$floor_s" 'BEGIN {
    printf "ratio tenure / .import: %.2f (goal <= 0.75); peak %d MB (goal <= 150)\n", t / s, m
    printf "ratio SQLite alone / .import: %.2f\n", f / s }'

# Usage: the invoices' customers are cus_00000000 onwards, rows / 20 + 1 of them.
customers=$((rows / 20 + 1))
weeks=$(for w in $(seq 0 19); do date -u -d "2015-01-05 + $((w * 7)) days" +%F; done)
awk -v n="$customers" -v weeks="$weeks" 'BEGIN {
    print "account_id,week_start,active_users,sessions"
    split(weeks, week, "\n")
    for (w = 1; w <= 20; w++)
        for (c = 0; c < n; c++)
            printf "cus_%08d,%s,%d,%d\n", c, week[w], (c * 7 + w) % 40 + 1, (c * 13 + w) % 200
}' >"$work/usage.csv"
/usr/bin/time -v -o "$work/usage.time" \
    "$tenure" import --book "$work/book.tenure" "$work/usage.csv" >"$work/usage.out"
set -- $(measure "$work/usage.time")
weeks_written=$(sqlite3 "$work/book.tenure" "SELECT count(*) FROM usage")
echo "usage: $weeks_written weeks for $customers accounts imported in $1 s, peak $2 MB"
