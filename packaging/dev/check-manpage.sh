#!/usr/bin/env bash
# Checks the man page: groff formats it without a warning, and it has a
# section for every command `tenure --help` lists.
#   packaging/dev/check-manpage.sh TENURE_EXECUTABLE MAN_PAGE
set -euo pipefail
tenure=$1
page=$2

warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$page" 2>&1)
if [[ -n "$warnings" ]]; then
    echo "check-manpage: groff warns about $page:" >&2
    echo "$warnings" >&2
    exit 1
fi

commands=$(LC_ALL=C "$tenure" --help | awk '/^Commands:/ { listed = 1; next } listed && !NF { exit } listed { print $1 }')
[[ -n "$commands" ]] || { echo "check-manpage: tenure --help listed no commands" >&2; exit 1; }
missing=0
for command in $commands; do
    if ! grep -qx "\.SS $command" "$page"; then
        echo "check-manpage: $page has no section for '$command'" >&2
        missing=1
    fi
done
((missing == 0)) || exit 1
echo "check-manpage: $(echo "$commands" | wc -w) commands documented, no groff warnings"
