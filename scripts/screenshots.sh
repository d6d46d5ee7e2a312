#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the real app (offscreen; no display needed).
# Run after ./test.sh has built everything.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${WAYMARK_BUILD_DIR:-build}
cmake --build "$build_dir" --target waymark-screenshots
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$build_dir/tests/tools/waymark-screenshots" docs/screenshots
