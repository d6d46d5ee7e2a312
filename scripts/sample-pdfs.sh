#!/usr/bin/env bash
# Regenerates docs/samples/: the sample council's gateway review as a tagged PDF, an accessible
# web page (.html) and an editable document (.odt), in English and in Welsh (-cy), a blank Lead
# Member workbook, and a PNG of a few pages for the README. Run after ./test.sh has built
# everything; needs poppler-utils (installed by ./test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${WAYMARK_BUILD_DIR:-build}
cmake --build "$build_dir" --target waymark-sample-pdfs
# Dated (the PDF and ODT creation times), so that the files change only when the output does.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000} # 2026-11-23 00:00 UTC
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=UTC "$build_dir/tests/tools/waymark-sample-pdfs" docs/samples
# Pictures of a few pages for the README: the review's cover, at a glance and gates; a workbook page.
page() { pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "docs/samples/$1.pdf" "docs/samples/$1-page$2"; }
page sample-gateway-review 1
page sample-gateway-review 2
page sample-gateway-review 4
page blank-workbook-lead-member 4
