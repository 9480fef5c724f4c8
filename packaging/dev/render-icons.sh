#!/usr/bin/env bash
# The application icon as PNG at every standard hicolor size, rendered from
# resources/icons/tenure.svg into resources/icons/hicolor/ and committed; the
# build installs them as they are.
#   packaging/dev/render-icons.sh          render (needs rsvg-convert, Debian
#                                          package librsvg2-bin) after changing the SVG
#   packaging/dev/render-icons.sh --check  check that every size is there, at its size
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    png=resources/icons/hicolor/${size}x${size}/tenure.png
    if [[ "${1:-}" == "--check" ]]; then
        file "$png" | grep -q "PNG image data, $size x $size," ||
            { echo "render-icons: $png is missing or not $size x $size" >&2; exit 1; }
    else
        mkdir -p "$(dirname "$png")"
        rsvg-convert --width "$size" --height "$size" resources/icons/tenure.svg --output "$png"
    fi
done
echo "render-icons: ${#sizes[@]} sizes present"
