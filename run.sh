#!/usr/bin/env bash
# Installs what is missing, builds Waymark and starts it. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

waymark_ensure_packages "${WAYMARK_BUILD_PACKAGES[@]}"
build_dir=${WAYMARK_BUILD_DIR:-build}
waymark_configure_and_build "$build_dir"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
    && [ "$(uname -s)" = Linux ]; then
    echo "waymark: built, but there is no display to show the window on." >&2
    echo "waymark: run it on a desktop, or under a virtual one: xvfb-run ./run.sh" >&2
    exit 1
fi
exec "$build_dir/app/waymark" "$@"
