#!/usr/bin/env bash
# Refreshes resources/translations/tenure_en.ts, the English plural forms of
# every tr() string that counts with %n. Source strings mark the plural with
# "(s)" ("%n ticket(s) open"); this fills the singular ("ticket") and plural
# ("tickets") forms from it. Run it after adding or changing such a string.
set -euo pipefail
cd "$(dirname "$0")/../.."

ts=resources/translations/tenure_en.ts
rm -f "$ts" # rebuilt from the sources every time: the forms follow from them
/usr/lib/qt6/bin/lupdate -silent -locations none -pluralonly app models ui -ts "$ts"
perl -0pi -e '
    s{<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>}{
        my ($source, $one, $many) = ($1, $1, $1);
        $one =~ s/\(s\)//g;
        $many =~ s/\(s\)/s/g;
        "<source>$source</source>\n        <translation>\n            <numerusform>$one</numerusform>\n            <numerusform>$many</numerusform>\n        </translation>"
    }gse' "$ts"
if grep -q 'type="unfinished"' "$ts"; then
    echo "update-plurals: some plural strings could not be filled in $ts" >&2
    exit 1
fi
echo "update-plurals: $(grep -c '<numerusform>' "$ts") plural forms in $ts"
