#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time over
# its seed corpus: the CSV reader (default 60 s), then the command line's date,
# month and quarter parsers and damaged books opened read-only (a third of
# that each). New inputs it finds go to
# a scratch folder, so the repository's corpus stays as committed; a crash
# leaves its input in build/fuzz/ and fails the script.
#   packaging/dev/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}

packaging/dev/install-deps.sh
if [[ "$(dpkg-query -W -f='${Status}' clang 2>/dev/null || true)" != "install ok installed" ]]; then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends clang
fi

cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DTENURE_FUZZ=ON -DTENURE_WERROR=OFF -DTENURE_PCH=OFF >/dev/null
cmake --build build/fuzz --target fuzz_csvreader fuzz_dateoptions fuzz_book -j "$(nproc)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/csv" "$scratch/dates" "$scratch/books"
cd build/fuzz
./tests/fuzz/fuzz_csvreader -max_total_time="$seconds" -print_final_stats=1 \
    "$scratch/csv" ../../tests/fuzz/corpus
./tests/fuzz/fuzz_dateoptions -max_total_time="$(( (seconds + 2) / 3 ))" -print_final_stats=1 \
    "$scratch/dates" ../../tests/fuzz/corpus-dates
./tests/fuzz/fuzz_book -max_total_time="$(( (seconds + 2) / 3 ))" -print_final_stats=1 \
    "$scratch/books"
