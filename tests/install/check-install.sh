#!/usr/bin/env bash
# tst_install: checks what Waymark installs and the .deb that CPack makes from it.
#   check-install.sh SOURCE_DIR BUILD_DIR VERSION
# Needs desktop-file-utils, appstream, dpkg-dev, libxml2-utils, shared-mime-info, file, binutils
# and lintian (scripts/deps.sh installs them as WAYMARK_TEST_PACKAGES). Everything is written into a
# temporary folder, removed afterwards; the build tree is not touched.
set -uo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR VERSION" >&2
    exit 2
fi
source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)
version=$3
app_id=org.waymark.Waymark
expected_list="$source_dir/tests/install/expected-files.txt"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
# Stops at once: later checks need what this one failed to make.
abort() {
    echo "FAIL: $*" >&2
    exit 1
}

missing=()
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream \
    dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev xmllint:libxml2-utils \
    update-mime-database:shared-mime-info file:file readelf:binutils cpack:cmake \
    lintian:lintian; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    abort "missing tools; install the packages: ${missing[*]} (scripts/deps.sh lists them)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8

# The list of expected files, and a listing to compare with it: the .qm files are left out of the
# comparison and checked on their own.
grep -v -e '^#' -e '^$' "$expected_list" | LC_ALL=C sort > "$work/expected.txt"
compare_listing() { # NAME LISTING_FILE
    local name=$1 listing=$2
    grep -v -E '^usr/share/waymark/translations/[A-Za-z0-9_]+\.qm$' "$listing" | LC_ALL=C sort \
        > "$work/$name.compared"
    if diff -u "$work/expected.txt" "$work/$name.compared" > "$work/$name.diff"; then
        pass "$name lists exactly the expected files"
    else
        fail "$name differs from tests/install/expected-files.txt (- expected, + found):"
        sed -n '3,$p' "$work/$name.diff" | grep '^[-+]' >&2
    fi
    for language in en cy; do
        if ! grep -qx "usr/share/waymark/translations/waymark_$language.qm" "$listing"; then
            fail "$name has no usr/share/waymark/translations/waymark_$language.qm"
        fi
    done
}

# --- 1. A DESTDIR install ----------------------------------------------------------------------
destdir="$work/destdir"
if ! DESTDIR="$destdir" cmake --install "$build_dir" --prefix /usr > "$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    abort "cmake --install failed"
fi
(cd "$destdir" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort) \
    > "$work/destdir.txt"
compare_listing "DESTDIR install" "$work/destdir.txt"
share="$destdir/usr/share"

# --- 2. Desktop entry and AppStream metadata ---------------------------------------------------
desktop="$share/applications/$app_id.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate $app_id.desktop"
else
    fail "desktop-file-validate $app_id.desktop: $out"
fi
for line in "Exec=waymark %F" "Icon=$app_id" "MimeType=application/x-waymark-assessment;"; do
    grep -qxF "$line" "$desktop" || fail "$app_id.desktop has no line '$line'"
done

metainfo="$share/metainfo/$app_id.metainfo.xml"
# Pedantic hints and warnings are allowed; an error fails.
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    pass "appstreamcli validate --no-net $app_id.metainfo.xml"
else
    fail "appstreamcli validate $app_id.metainfo.xml: $out"
fi
for fragment in "<id>$app_id</id>" "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "<release version=\"$version\"" "<mediatype>application/x-waymark-assessment</mediatype>"; do
    grep -qF "$fragment" "$metainfo" || fail "$app_id.metainfo.xml has no '$fragment'"
done

# --- 3. The MIME type --------------------------------------------------------------------------
mime_xml="$share/mime/packages/$app_id.xml"
if xmllint --noout "$mime_xml" 2> "$work/xmllint.log"; then
    pass "xmllint $app_id.xml"
else
    fail "xmllint $app_id.xml: $(cat "$work/xmllint.log")"
fi
mkdir -p "$work/mime/packages"
cp "$mime_xml" "$work/mime/packages/"
# (XDG_DATA_HOME only quietens its note that the folder is not one applications search.)
if out=$(XDG_DATA_HOME="$work" update-mime-database "$work/mime" 2>&1) && [ -z "$out" ]; then
    pass "update-mime-database accepts $app_id.xml"
else
    fail "update-mime-database: $out"
fi
for glob in '*.waymark' '*.waymark.json'; do
    grep -qF ":application/x-waymark-assessment:$glob" "$work/mime/globs2" 2>/dev/null ||
        fail "the MIME database has no glob $glob for application/x-waymark-assessment"
done
grep -qxF "application/x-waymark-assessment application/json" "$work/mime/subclasses" \
    2>/dev/null || fail "application/x-waymark-assessment is not a subclass of application/json"
grep -qF 'application/x-waymark-assessment' "$work/mime/magic" 2>/dev/null ||
    fail "the MIME database has no magic for application/x-waymark-assessment"

# --- 4. Icons and man pages --------------------------------------------------------------------
for size in 16 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if ! file -b "$png" | grep -q "^PNG image data, $size x $size, 8-bit/color RGBA"; then
        fail "$png is not a $size x $size RGBA PNG: $(file -b "$png" 2>&1)"
    fi
done
xmllint --noout "$share/icons/hicolor/scalable/apps/$app_id.svg" ||
    fail "the scalable icon is not well-formed XML"
pass "icons: the SVG and 7 PNG sizes"
for page in waymark waymark-cli; do
    zcat "$share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"Waymark $version\"" ||
        fail "$page.1 is not for Waymark $version (its .TH line)"
done
zcat "$share/doc/waymark/changelog.gz" | head -1 | grep -qF "waymark ($version)" ||
    fail "changelog.gz does not start with version $version"
if command -v man >/dev/null 2>&1; then
    for page in waymark waymark-cli; do
        out=$(MANWIDTH=80 man --warnings -l "$share/man/man1/$page.1.gz" 2>&1 >/dev/null)
        [ -z "$out" ] || fail "man --warnings $page.1.gz: $out"
    done
    pass "man pages format without warnings"
fi

# --- 5. The .deb -------------------------------------------------------------------------------
arch=$(dpkg --print-architecture)
deb_name="waymark_${version}_${arch}.deb"
if ! (cd "$build_dir" && cpack -G DEB -B "$work/package" > "$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    abort "cpack -G DEB failed"
fi
deb="$work/package/$deb_name"
[ -f "$deb" ] || abort "cpack made no $deb_name: $(ls "$work/package")"
pass "cpack -G DEB made $deb_name ($(du -h "$deb" | cut -f1))"

dpkg-deb -c "$deb" > "$work/deb-contents.txt" || abort "dpkg-deb -c $deb_name failed"
# Lines: PERMISSIONS OWNER/GROUP SIZE DATE TIME ./PATH
awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' "$work/deb-contents.txt" | LC_ALL=C sort \
    > "$work/deb.txt"
compare_listing "the .deb" "$work/deb.txt"
if awk '$2 != "root/root"' "$work/deb-contents.txt" | grep -q .; then
    fail "files in the .deb not owned by root/root: $(awk '$2 != "root/root"' "$work/deb-contents.txt")"
fi
for binary in waymark waymark-cli; do
    grep -qE "^-rwxr-xr-x .* \./usr/bin/$binary$" "$work/deb-contents.txt" ||
        fail "usr/bin/$binary is not -rwxr-xr-x in the .deb"
done
if awk '$1 ~ /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--"' "$work/deb-contents.txt" |
    grep -q .; then
    fail "data files in the .deb not -rw-r--r--"
fi

field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
    libqt6printsupport6 libqt6keychain1 fonts-dejavu-core; do
    echo "$depends" | grep -qE "(^|, )$package( \(|,|$)" || fail "Depends lacks $package"
done
[ "$(field Package)" = waymark ] || fail "Package is '$(field Package)', not waymark"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
for name in Maintainer Section Priority Homepage Description; do
    [ -n "$(field $name)" ] || fail "the .deb has no $name"
done
[ "$(field Description | wc -l)" -gt 1 ] || fail "the .deb's Description has no long part"
if field Description | awk 'length > 80 { found = 1 } END { exit !found }'; then
    fail "the .deb's Description has lines over 80 characters"
fi
pass "control: $(field Package) $(field Version) $(field Architecture), section $(field Section)"
# Bug reports need somewhere to go: a name and an address (RFC 822), never a bare name.
maintainer=$(field Maintainer)
echo "$maintainer" | grep -qE '^[^<>@]*[^<>@ ] <[^<>@ ]+@[^<>@ ]+\.[^<>@ ]+>$' ||
    fail "Maintainer '$maintainer' is not 'Name <address>'"

# The changelog as dpkg reads it: the version, a distribution and urgency, and a trailer line
# naming the package's Maintainer with an RFC 2822 date whose weekday is right.
zcat "$destdir/usr/share/doc/waymark/changelog.gz" > "$work/changelog"
changelog() { dpkg-parsechangelog -l "$work/changelog" -S "$1" 2> "$work/changelog.log"; }
failures_before=$failures
changelog Version > /dev/null
[ -s "$work/changelog.log" ] && fail "dpkg-parsechangelog: $(cat "$work/changelog.log")"
[ "$(changelog Version)" = "$version" ] || fail "the changelog's Version is '$(changelog Version)'"
[ "$(changelog Maintainer)" = "$maintainer" ] ||
    fail "the changelog's trailer names '$(changelog Maintainer)', the .deb '$maintainer'"
[ -n "$(changelog Distribution)" ] || fail "the changelog names no distribution"
echo "$(changelog Urgency)" | grep -qxE 'low|medium|high|emergency|critical' ||
    fail "the changelog's urgency is '$(changelog Urgency)'"
entry_date=$(changelog Date)
[ "$(LC_ALL=C date -u -R -d "$entry_date" 2>/dev/null)" = "$entry_date" ] ||
    fail "the changelog's date '$entry_date' is not an RFC 2822 date in UTC with its weekday"
[ "$failures" -eq "$failures_before" ] &&
    pass "changelog: $(changelog Version) $(changelog Distribution); urgency=$(changelog Urgency); $entry_date"

# lintian, Debian's package checker: an error fails, and so does any complaint about the
# changelog or the maintainer's address; the other warnings and notes are shown (installer/README.md
# says why each that remains stays).
lintian --display-info --pedantic --tag-display-limit 0 "$deb" > "$work/lintian.log" 2>&1
grep -E '^[EWIPX]: ' "$work/lintian.log" | sed 's/^/lintian: /'
if grep -qE '^E: |^W: .*(changelog|contact|mail)' "$work/lintian.log"; then
    fail "lintian: $(grep -E '^E: |^W: .*(changelog|contact|mail)' "$work/lintian.log")"
else
    pass "lintian finds no error in $deb_name"
fi

# --- 6. The binaries from the .deb run ---------------------------------------------------------
root="$work/extracted"
dpkg-deb -x "$deb" "$root" || abort "dpkg-deb -x $deb_name failed"
cli="$root/usr/bin/waymark-cli"
gui="$root/usr/bin/waymark"
for binary in "$cli" "$gui"; do
    # Packaged binaries use the system's libraries: no RPATH (Debian policy), none into the build.
    if readelf -d "$binary" | grep -qE 'R(UN)?PATH'; then
        fail "$(basename "$binary") keeps an RPATH: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
    fi
    file -b "$binary" | grep -q ', stripped' || fail "$(basename "$binary") is not stripped"
    if ldd "$binary" | grep -q 'not found'; then
        fail "$(basename "$binary") misses libraries: $(ldd "$binary" | grep 'not found')"
    fi
done

out=$("$cli" --version 2>&1)
[ "$out" = "waymark-cli $version" ] || fail "waymark-cli --version printed '$out'"
bank="$root/usr/share/waymark/waymark-bank.json"
if out=$("$cli" bank validate "$bank" 2>&1); then
    pass "waymark-cli bank validate on the packaged bank: $out"
else
    fail "waymark-cli bank validate $bank (exit $?): $out"
fi
# A PDF needs the offscreen platform plugin and a font: both come from the Depends.
if out=$(env -u QT_QPA_PLATFORM "$cli" workbook --role councillor --out "$work/workbook.pdf" 2>&1) &&
    [ "$(head -c 5 "$work/workbook.pdf")" = "%PDF-" ]; then
    pass "waymark-cli workbook from the .deb writes a PDF"
else
    fail "waymark-cli workbook from the .deb: $out"
fi
out=$(QT_QPA_PLATFORM=offscreen "$gui" --version 2>&1)
if echo "$out" | grep -qx "Waymark $version"; then
    pass "QT_QPA_PLATFORM=offscreen waymark --version: $out"
else
    fail "waymark --version printed '$out'"
fi

if [ "$failures" -gt 0 ]; then
    echo "tst_install: $failures check(s) failed" >&2
    exit 1
fi
echo "tst_install: all checks passed"
