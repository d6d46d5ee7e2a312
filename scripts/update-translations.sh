#!/bin/sh
# Refreshes translations/waymark_*.ts from the sources: new texts are added as unfinished, texts
# no longer in the code are dropped (-no-obsolete), locations are updated. Run it after changing
# any user-visible text, then translate what lupdate marked unfinished (Qt Linguist, or
# scripts/merge-translations.py from a JSON file). tst_translations fails while any Welsh entry
# is unfinished. Also available as the build target `update_translations`.
set -eu
cd "$(dirname "$0")/.."

LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
        "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            LUPDATE=$candidate
            break
        fi
    done
fi
if [ -z "$LUPDATE" ]; then
    echo "update-translations: lupdate not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
fi

# Only the product's code: tests and tools use plain strings on purpose.
SOURCES="core render app"
"$LUPDATE" -no-obsolete -locations relative -source-language en -target-language en \
    $SOURCES -ts translations/waymark_en.ts
# English needs translating only where a text has plural forms ("%n file(s)"): fill those from
# the source, then let lupdate put the file back in its own layout.
python3 scripts/merge-translations.py translations/waymark_en.ts --english-plurals
"$LUPDATE" -no-obsolete -locations relative -source-language en -target-language en \
    $SOURCES -ts translations/waymark_en.ts >/dev/null
"$LUPDATE" -no-obsolete -locations relative -source-language en -target-language cy_GB \
    $SOURCES -ts translations/waymark_cy.ts
