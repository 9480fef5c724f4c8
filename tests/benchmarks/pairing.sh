# Timing whole commands in pairs, for the benchmark scripts to source. They
# set `work` (a scratch folder) and `pairs` (runs a side) first.

# timed COMMAND...: runs it under /usr/bin/time, its seconds and peak KB to $work/t.
timed() { /usr/bin/time -f "%e %M" -o "$work/t" "$@"; }

# paired NAME A-FUNCTION B-FUNCTION [B-LABEL]: runs A and B (functions that
# call timed once) alternately, and prints the line.
paired() {
    local name=$1 a=$2 b=$3 label=${4:-peer} i
    : >"$work/a.times"
    : >"$work/b.times"
    for ((i = 0; i < pairs; i++)); do
        "$a" && cat "$work/t" >>"$work/a.times"
        [[ -z "$b" ]] && continue
        "$b" && cat "$work/t" >>"$work/b.times"
    done
    summarise "$name" "$work/a.times" "$work/b.times" "$label"
}

# summarise NAME A.times B.times LABEL: median [min-max] seconds and MB, ratios.
summarise() {
    awk -v name="$1" -v label="$4" '
        function sort(v, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t } }
        function median(v, n) { return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
        FNR == 1 { file++ }
        file == 1 { na++; as[na] = $1; am[na] = $2 / 1024 }
        file == 2 { nb++; bs[nb] = $1; bm[nb] = $2 / 1024; r[nb] = as[nb] / ($1 > 0 ? $1 : 0.001) }
        END {
            for (i = 1; i <= na; i++) { sa[i] = as[i]; ma[i] = am[i] }
            sort(sa, na); sort(ma, na)
            printf "%-9s tenure %6.2f s [%.2f-%.2f] %5.0f MB", name, median(sa, na), sa[1], sa[na], ma[na]
            if (nb > 0) {
                for (i = 1; i <= nb; i++) { sb[i] = bs[i]; mb[i] = bm[i] }
                sort(sb, nb); sort(mb, nb); sort(r, nb)
                printf " | %s %6.2f s [%.2f-%.2f] %5.0f MB | ratio %.2f [%.2f-%.2f]",
                    label, median(sb, nb), sb[1], sb[nb], mb[nb], median(sa, na) / median(sb, nb), r[1], r[nb]
            }
            printf "\n"
        }' "$2" "$3"
}

