#!/usr/bin/env bash
# Fails, listing the places, when a tracked C++ file is not formatted as
# .clang-format says (clang-format -i FILE fixes it).
set -euo pipefail
cd "$(dirname "$0")/../.."
if git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror; then
    echo "check-format: $(git ls-files '*.cpp' '*.h' | wc -l) files formatted"
else
    echo "check-format: run clang-format -i on the files above" >&2
    exit 1
fi
