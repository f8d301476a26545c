#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what SecretBench needs on Debian 12 and is not installed yet.
#   packaging/deps.sh          build and run the application
#   packaging/deps.sh --test   ... and run every test (interop, keyring, packaging checks)
# Uses apt-get (after apt-get update) only when something is missing.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libgl-dev
    libssl-dev openssl
    libargon2-dev
    libmongoc-dev libbson-dev
    libjq-dev libonig-dev
    qtkeychain-qt6-dev
    help2man
)
test_packages=(
    xvfb xauth
    python3 python3-pycryptodome python3-cryptography python3-jwt python3-argon2 python3-flask
    nodejs
    dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream dpkg-dev file
)

packages=("${build_packages[@]}")
case "${1:-}" in
    --test) packages+=("${test_packages[@]}") ;;
    "") ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
