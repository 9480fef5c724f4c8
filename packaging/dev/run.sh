#!/usr/bin/env bash
# Installs what is missing, builds Tenure, makes a demo book (once) and opens
# the app on it. Extra arguments are passed to `tenure demo`.
set -euo pipefail
cd "$(dirname "$0")/../.."

started=$(date +%s)
packaging/dev/install-deps.sh
cmake --preset dev >/dev/null
# Only the app and what it links: the test programs wait for the test command.
cmake --build --preset dev -j "$(nproc)" --target tenure

book=build/dev/demo.tenure
tenure=build/dev/app/tenure
if [[ ! -f "$book" ]]; then
    "$tenure" demo --out "$book" "$@"
fi

echo "run: ready to open the window $(($(date +%s) - started)) s after this script started"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: no display found; starting the app inside Xvfb"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$tenure" "$book"
fi
exec "$tenure" "$book"
