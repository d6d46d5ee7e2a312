# Sourced by run.sh and test.sh: installs the Debian/Ubuntu packages Waymark needs, only those
# that are missing. Uses sudo when not root; without root or sudo it prints the exact command.

WAYMARK_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libgl-dev
    # Printed reviews and PDFs embed a real font; a bare server has none.
    fonts-dejavu-core
    # Issue 14: Qt's PostgreSQL driver (a council's shared database), and Qt Keychain, which
    # keeps a server password in the desktop's keyring when the member asks.
    libqt6sql6-psql qtkeychain-qt6-dev
)
WAYMARK_TEST_PACKAGES=(
    poppler-utils xvfb xauth
    # tst_reportformats (issue 15): qpdf reads the tagged PDF's objects back, unzip the ODT.
    qpdf unzip
    # tst_install (tests/install/): validators for the desktop integration, dpkg-dev's
    # dpkg-shlibdeps for the .deb's Depends and dpkg-parsechangelog, and lintian for the .deb.
    desktop-file-utils appstream dpkg-dev file libxml2-utils shared-mime-info binutils lintian
    # Issue 14: the server tests start a throwaway PostgreSQL cluster (tests/support/pg-cluster.sh:
    # initdb, pg_ctl, psql; setpriv to run it as an unprivileged user when the tests run as root).
    postgresql postgresql-client util-linux procps
)

waymark_missing_packages() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    echo "${missing[@]}"
}

waymark_ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "waymark: this script installs packages on Debian 12 or Ubuntu with apt-get;" >&2
        echo "waymark: on other systems install Qt 6.4+ (Core, Gui, Widgets, Sql with SQLite, Test)," >&2
        echo "waymark: CMake 3.21+, Ninja and a C++17 compiler yourself." >&2
        return 0
    fi
    local missing
    missing=$(waymark_missing_packages "$@")
    [ -z "$missing" ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "waymark: these packages are missing: $missing" >&2
            echo "waymark: install them as root with:" >&2
            echo "    apt-get update && apt-get install -y --no-install-recommends $missing" >&2
            exit 1
        fi
    fi
    echo "waymark: installing $missing"
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086 # the list is meant to split into words
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing
}

waymark_configure_and_build() {
    local build_dir=$1
    shift
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" --parallel 2
}
