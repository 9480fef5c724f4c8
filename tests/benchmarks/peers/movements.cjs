// The DuckDB peer of Tenure's MRR history for the whole-command benchmark,
// one query over the book's subscription periods exported to CSV. It follows
// docs/metrics.md: a period [start, end) counts in a month when it runs on
// the month's last day (on the as-of date for the as-of month); the cohort
// method; churn at period end; no reactivation window.
//   movements: the monthly MRR bridge, the JSON array
//              `tenure metrics --period month --json` prints;
//   lifetimes: each account's months from its first paying month to its
//              first churn (event 1) or to the as-of month (event 0), as CSV
//              for the survival peer.
//
//   node movements.cjs movements|lifetimes PERIODS.csv AS_OF(YYYY-MM-DD)
// PERIODS.csv: account_id,start_on,end_on,mrr_minor (one currency, in cents).
// Needs the npm package @duckdb/node-api (NODE_PATH pointing at its folder).
const { DuckDBInstance } = require('@duckdb/node-api');

const [mode, periodsCsv, asOf] = process.argv.slice(2);
if (!['movements', 'lifetimes'].includes(mode) || !periodsCsv ||
    !/^\d{4}-\d{2}-\d{2}$/.test(asOf || '')) {
    console.error('usage: node movements.cjs movements|lifetimes PERIODS.csv YYYY-MM-DD');
    process.exit(2);
}

const common = `
WITH p AS (
    SELECT account_id AS a, start_on AS s, end_on AS e, mrr_minor AS v
    FROM read_csv($csv, header = true, nullstr = '',
                  columns = {'account_id': 'BIGINT', 'start_on': 'DATE', 'end_on': 'DATE',
                             'mrr_minor': 'BIGINT'})
    WHERE start_on <= $asof::DATE
),
bounds AS (
    SELECT min(year(s) * 12 + month(s) - 1) AS first,
           year($asof::DATE) * 12 + month($asof::DATE) - 1 AS last
    FROM p
),
spans AS (
    SELECT a, v, s, e, year(s) * 12 + month(s) - 1 AS m0,
           year(least(coalesce(e - 1, $asof::DATE), $asof::DATE)) * 12
               + month(least(coalesce(e - 1, $asof::DATE), $asof::DATE)) - 1 AS m1
    FROM p
),
cells AS (
    SELECT a, m, sum(v) AS mrr
    FROM (SELECT a, v, s, e, unnest(range(m0, m1 + 1)) AS m FROM spans WHERE m1 >= m0)
    WHERE s <= least(last_day(make_date(m // 12, m % 12 + 1, 1)), $asof::DATE)
      AND (e IS NULL OR e > least(last_day(make_date(m // 12, m % 12 + 1, 1)), $asof::DATE))
    GROUP BY a, m
),
ordered AS (
    SELECT a, m, mrr,
           lag(m) OVER w AS prev_m, lag(mrr) OVER w AS prev_mrr, lead(m) OVER w AS next_m
    FROM cells
    WINDOW w AS (PARTITION BY a ORDER BY m)
)`;

const movementsQuery = `${common},
-- Each paying month against the month before, and a churn in the month after
-- each run of paying months.
moves AS (
    SELECT m, CASE WHEN prev_m = m - 1 THEN prev_mrr ELSE 0 END AS before, mrr AS after,
           prev_m IS NOT NULL AS paid_before
    FROM ordered
    UNION ALL
    SELECT m + 1, mrr, 0, true
    FROM ordered, bounds
    WHERE (next_m IS NULL OR next_m > m + 1) AND m + 1 <= bounds.last
),
months AS (
    SELECT unnest(range(first, last + 1)) AS m FROM bounds
)
SELECT months.m,
       coalesce(sum(before), 0) AS start_mrr,
       coalesce(sum(CASE WHEN before = 0 AND after > 0 AND NOT paid_before THEN after END), 0) AS new,
       coalesce(sum(CASE WHEN before > 0 AND after > before THEN after - before END), 0) AS expansion,
       coalesce(sum(CASE WHEN after > 0 AND after < before THEN before - after END), 0) AS contraction,
       coalesce(sum(CASE WHEN before > 0 AND after = 0 THEN before END), 0) AS churn,
       coalesce(sum(CASE WHEN before = 0 AND after > 0 AND paid_before THEN after END), 0) AS reactivation,
       coalesce(sum(after), 0) AS end_mrr,
       count(CASE WHEN before > 0 THEN 1 END) AS customers_start,
       count(CASE WHEN after > 0 THEN 1 END) AS customers_end,
       count(CASE WHEN before > 0 AND after > 0 THEN 1 END) AS customers_kept,
       coalesce(sum(CASE WHEN before > 0 THEN least(before, after) END), 0) AS gross_kept,
       coalesce(sum(CASE WHEN before > 0 THEN after END), 0) AS net_kept
FROM months LEFT JOIN moves USING (m)
GROUP BY months.m
ORDER BY months.m`;

// The first run of paying months of each account that ever paid.
const lifetimesQuery = `${common}
SELECT min(m) AS first,
       min(CASE WHEN next_m IS NULL OR next_m > m + 1 THEN m END) AS last_paid,
       any_value(bounds.last) AS last
FROM ordered, bounds
GROUP BY a`;

const ratio = (part, whole) => (whole === 0 ? null : Math.round((part / whole) * 1e6) / 1e6);

function movementsJson(rows) {
    return JSON.stringify(
        rows.map((r) => {
            const n = (key) => Number(r[key]);
            const month = n('m');
            return {
                period: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
                start_mrr: n('start_mrr') / 100,
                new: n('new') / 100,
                expansion: n('expansion') / 100,
                contraction: n('contraction') / 100,
                churn: n('churn') / 100,
                reactivation: n('reactivation') / 100,
                end_mrr: n('end_mrr') / 100,
                nrr: ratio(n('net_kept'), n('start_mrr')),
                grr: ratio(n('gross_kept'), n('start_mrr')),
                logo_retention: ratio(n('customers_kept'), n('customers_start')),
                customers_start: n('customers_start'),
                customers_end: n('customers_end'),
            };
        }),
        null,
        4,
    );
}

function lifetimesCsv(rows) {
    const lines = ['months,churned'];
    for (const r of rows) {
        const [first, lastPaid, last] = [Number(r.first), Number(r.last_paid), Number(r.last)];
        const churned = lastPaid < last;
        lines.push(`${(churned ? lastPaid : last) - first + 1},${churned ? 1 : 0}`);
    }
    return lines.join('\n');
}

(async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const query = mode === 'movements' ? movementsQuery : lifetimesQuery;
    const reader = await connection.runAndReadAll(query, { csv: periodsCsv, asof: asOf });
    const rows = reader.getRowObjectsJS();
    process.stdout.write((mode === 'movements' ? movementsJson(rows) : lifetimesCsv(rows)) + '\n');
})().catch((error) => {
    console.error(error.message);
    process.exit(1);
});
