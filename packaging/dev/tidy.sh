#!/usr/bin/env bash
# Static analysis: clang-tidy with the checks in .clang-tidy, then clazy's
# level 0 and 1 Qt checks when clazy is installed, over Tenure's own
# sources (app, models, ui, tests), two files at a time, from the compile
# commands of a build folder (build/dev unless one is given). Build it first:
# moc and resource files must exist. Fails when a check finds something.
# Needs clang-tidy (Debian: apt-get install clang-tidy). Not run by CI: over
# the 306 source files it takes far longer than five minutes on two cores
# (clang-tidy: nine files in 67 s with two jobs, about 40 minutes for all;
# clazy: the 76 files of ui/ in 140 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy: no $build/compile_commands.json; build first (cmake --preset dev)" >&2
    exit 2
fi
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
