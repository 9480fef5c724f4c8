#!/usr/bin/env bash
# Static analysis: clang-tidy with the checks in .clang-tidy, then clazy's
# level 0 and 1 Qt checks when clazy is installed, over Tenure's own
# sources (app, models, ui, tests), two files at a time. It reads the compile
# commands of the `tidy` preset's build folder, build/tidy, configured without
# precompiled headers (clang cannot read GCC's) and with only moc's files
# generated, not the program built. Fails when a check finds something.
# Needs clang-tidy (Debian: apt-get install clang-tidy). Not run by CI: over
# the 353 source files it takes far longer than CI can give it on two cores
# (clang-tidy 14 matches its checks against every Qt header each file
# includes: 15 to 30 s a file, about 50 minutes for all; clazy: the 76 files
# of ui/ in 140 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build/tidy
cmake --preset tidy >/dev/null
ninja -C "$build" $(ninja -C "$build" -t targets all | grep -o '^[A-Za-z0-9_]*_autogen:' | tr -d ':') >/dev/null
started=$(date +%s)
run-clang-tidy -quiet -p "$build" -j 2 "^$PWD/(app|models|ui|tests)/.*\.cpp$"
# Then clazy's Qt checks, when it is installed (apt-get install clazy). Left
# out: non-pod-global-static, which flags the QString settings keys built
# once at load.
if command -v clazy-standalone > /dev/null; then
    # The fuzz targets are built by fuzz.sh alone: no compile commands here.
    git ls-files -z 'app/*.cpp' 'models/*.cpp' 'ui/*.cpp' 'tests/*.cpp' ':!tests/fuzz' |
        xargs -0 -P 2 -n 4 clazy-standalone -p "$build" \
            -checks=level0,level1,no-non-pod-global-static -extra-arg=-Werror
fi
echo "tidy: clean in $(($(date +%s) - started)) s"
