#!/usr/bin/env bash
# Installs what is missing, builds Tenure and runs the whole test suite through
# ctest: first the optimised build, then the address+undefined sanitizer build.
# Pass --quick to skip the sanitizer build while iterating.
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/dev/install-deps.sh

presets=(dev asan)
[[ "${1:-}" == "--quick" ]] && presets=(dev)

jobs=$(nproc)
for preset in "${presets[@]}"; do
    echo "== $preset: configure, build, test"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
done
