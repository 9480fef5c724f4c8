#!/usr/bin/env bash
# Installs what is missing, builds Tenure, makes a demo book (once) and opens
# the app on it. Extra arguments are passed to `tenure demo`.
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/dev/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"

book=build/dev/demo.tenure
tenure=build/dev/app/tenure
if [[ ! -f "$book" ]]; then
    "$tenure" demo --out "$book" "$@"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: no display found; starting the app inside Xvfb"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$tenure" "$book"
fi
exec "$tenure" "$book"
