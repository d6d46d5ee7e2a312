#!/usr/bin/env bash
# Installs what is missing, builds Waymark and runs every CTest suite. Exits non-zero on failure.
#   ./test.sh                 everything
#   ./test.sh -R tst_scoring  only the tests whose name matches (arguments go to ctest)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

waymark_ensure_packages "${WAYMARK_BUILD_PACKAGES[@]}" "${WAYMARK_TEST_PACKAGES[@]}"
build_dir=${WAYMARK_BUILD_DIR:-build}
# Warnings are errors here, so that CI (which runs this script) keeps the build warning-free.
waymark_configure_and_build "$build_dir" -DWAYMARK_BUILD_TESTS=ON -DWAYMARK_WERROR=ON

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 "$@"
