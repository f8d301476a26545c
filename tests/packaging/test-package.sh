#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a fresh root
# with dpkg -x, validates the desktop integration it installs, and runs both
# installed executables: --version, a CLI round trip, the GUI's self-test start
# (offscreen), the man page and the bash completion.
#   test-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed (packaging/deps.sh --test installs it)"; exit 0; }
done

cpack --config "$build/CPackConfig.cmake" -B "$work/out" > cpack.log 2>&1 || { cat cpack.log; fail "cpack failed"; }
deb=$(ls out/*.deb)
tgz=$(ls out/*.tar.gz)
echo "built $(basename "$deb") and $(basename "$tgz")"

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# libqt6gui6 carries the X11 platform plugin, libqt6svg6 the SVG plugins.
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libssl3 libqt6svg6 libmongoc-1.0-0 libbson-1.0-0 libjq1 \
    libargon2-1 libqt6keychain1; do
    grep -q "$needed" <<<"$depends" || fail "the package does not depend on $needed"
done
recommends=$(dpkg-deb --field "$deb" Recommends)
grep -q "qt6-wayland" <<<"$recommends" || fail "the package does not recommend qt6-wayland"

dpkg -x "$deb" root
for file in usr/bin/secretbench usr/bin/secretbench-cli \
    usr/share/applications/io.github.secretbench.SecretBench.desktop \
    usr/share/metainfo/io.github.secretbench.SecretBench.metainfo.xml \
    usr/share/mime/packages/io.github.secretbench.SecretBench.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.secretbench.SecretBench.svg \
    usr/share/bash-completion/completions/secretbench-cli \
    usr/share/man/man1/secretbench-cli.1; do
    [ -e "root/$file" ] || fail "missing /$file in the package"
done
desktop-file-validate root/usr/share/applications/io.github.secretbench.SecretBench.desktop
appstreamcli validate --no-net root/usr/share/metainfo/io.github.secretbench.SecretBench.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"

cli=root/usr/bin/secretbench-cli
"$cli" --version | grep -q '^secretbench-cli ' || fail "--version"
printf 'mongodb://localhost/db' | "$cli" mongo check > mongo.txt || fail "mongo check (the MongoDB driver did not load)"
printf '%s' "installed-client-secret-0123456789abcdef" > secret
printf 'round trip through the installed CLI' > value
"$cli" encrypt --client-secret-file secret < value > envelope
"$cli" decrypt --client-secret-file secret < envelope > back
cmp -s value back || fail "the installed CLI does not round-trip"

QT_QPA_PLATFORM=offscreen root/usr/bin/secretbench --self-test > selftest.txt 2>&1 || fail "GUI self-test: $(cat selftest.txt)"
grep -q "self-test passed" selftest.txt || fail "GUI self-test output"

man -l root/usr/share/man/man1/secretbench-cli.1 2>/dev/null | grep -q "EXIT STATUS" || \
    grep -q "EXIT STATUS" root/usr/share/man/man1/secretbench-cli.1 || fail "man page"

# Bash completion, driven the way bash drives it.
PATH="$work/root/usr/bin:$PATH"
# shellcheck disable=SC1091
source root/usr/share/bash-completion/completions/secretbench-cli
COMP_WORDS=(secretbench-cli dec); COMP_CWORD=1; _secretbench_cli
[[ " ${COMPREPLY[*]} " == *" decrypt "* ]] || fail "completion of commands: ${COMPREPLY[*]}"
COMP_WORDS=(secretbench-cli decrypt --client); COMP_CWORD=2; _secretbench_cli
[[ " ${COMPREPLY[*]} " == *" --client-secret-file "* ]] || fail "completion of options: ${COMPREPLY[*]}"

tar -tzf "$tgz" > tarball.txt
grep -q "bin/secretbench-cli$" tarball.txt || fail "the tarball lacks bin/secretbench-cli"
echo "package OK"
