#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with apt (which pulls its Qt
# dependencies), runs the installed `tenure --version` and `tenure demo`,
# then removes it again. Needs a configured and built `dev` preset.
set -euo pipefail
cd "$(dirname "$0")/../.."

sudo=()
((EUID == 0)) || sudo=(sudo)

(cd build/dev && cpack -G DEB >/dev/null)
deb=$(ls -t build/dev/tenure_*.deb | head -n 1)
echo "check-deb: installing $deb"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q tenure >/dev/null' EXIT

/usr/bin/tenure --version
scratch=$(mktemp -d)
/usr/bin/tenure demo --out "$scratch/check.tenure" --accounts 50 >/dev/null
test -s "$scratch/check.tenure"
rm -rf "$scratch"
test -s /usr/share/man/man1/tenure.1
test -s /usr/share/icons/hicolor/48x48/apps/io.github.tenure.Tenure.png
desktop-file-validate /usr/share/applications/io.github.tenure.Tenure.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.tenure.Tenure.metainfo.xml >/dev/null
echo "check-deb: the package installs, runs and validates"
