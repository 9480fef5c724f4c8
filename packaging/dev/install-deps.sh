#!/usr/bin/env bash
# Installs the Debian 12 packages Tenure needs to build, test and run, and only
# those that are missing: when everything is present it asks apt nothing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libgl-dev libsqlite3-dev sqlite3 libssl-dev
    libpq-dev postgresql # the team book: libpq, and a server its tests start (pg-cluster.sh)
    libqt6svg6 xvfb xauth poppler-utils desktop-file-utils appstream dpkg-dev file time groff-base
    fonts-noto-cjk qt6-translations-l10n # Chinese glyphs; Qt's own words in zh_CN and ru
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
((EUID == 0)) || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
