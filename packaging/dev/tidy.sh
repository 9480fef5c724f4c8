#!/usr/bin/env bash
# Static analysis: clang-tidy with the checks in .clang-tidy over Tenure's own
# sources (app, models, ui, tests), two files at a time, from the compile
# commands of a build folder (build/dev unless one is given). Build it first:
# moc and resource files must exist. Fails when a check finds something.
# Needs clang-tidy (Debian: apt-get install clang-tidy). Not run by CI: over
# the 306 source files it takes far longer than five minutes on two cores
# (nine files in 67 s measured with two jobs: about 40 minutes for all).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy: no $build/compile_commands.json; build first (cmake --preset dev)" >&2
    exit 2
fi
started=$(date +%s)
run-clang-tidy -quiet -p "$build" -j 2 "^$PWD/(app|models|ui|tests)/.*\.cpp$"
echo "tidy: clean in $(($(date +%s) - started)) s"
